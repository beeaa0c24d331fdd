// wink-nlp with its English lite web model: named entities (people, places, numbers, dates...).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export async function load() {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => nlp.readDoc(text).entities().out(its.detail);
}
