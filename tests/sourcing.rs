//! Quotes and sourced claims, in English and French reporting styles.

use reportage::{extract, Options};
use serde_json::Value;

fn run(text: &str) -> Value {
    serde_json::to_value(extract(text, &Options::default()).unwrap()).unwrap()
}

fn entity_name(r: &Value, id: &Value) -> Option<String> {
    r["entities"].as_array()?.iter().find(|e| &e["id"] == id).map(|e| e["name"].as_str().unwrap().to_string())
}

/// (quote, speaker words, speaker entity name, named, cue, to)
type QuoteRow = (String, Option<String>, Option<String>, Option<bool>, Option<String>, Option<String>);

fn quotes(text: &str) -> Vec<QuoteRow> {
    let r = run(text);
    r["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let sp = &q["speaker"];
            (
                q["text"]["text"].as_str().unwrap().to_string(),
                sp["text"]["text"].as_str().map(str::to_string),
                entity_name(&r, &sp["entity"]),
                sp["named"].as_bool(),
                q["cue"].as_str().map(str::to_string),
                q["to"]["text"]["text"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn speaker_after_the_quote_with_the_outlet() {
    let q = quotes("\u{201c}The road to the port is cut,\u{201d} said Leila Haddad, a spokeswoman for the Red Crescent, to Reuters.");
    assert_eq!(q[0].0, "The road to the port is cut");
    assert_eq!(q[0].2.as_deref(), Some("Leila Haddad"));
    assert_eq!(q[0].4.as_deref(), Some("said"));
    assert_eq!(q[0].5.as_deref(), Some("Reuters"));
}

#[test]
fn speaker_before_the_quote_with_told() {
    let q =
        quotes("Army spokesman Nadav Shoshani told AFP: \u{201c}The operation will continue for several days.\u{201d}");
    assert_eq!(q[0].2.as_deref(), Some("Nadav Shoshani"));
    assert_eq!(q[0].5.as_deref(), Some("AFP"));
}

#[test]
fn an_interrupted_quote_has_one_speaker_through_a_pronoun() {
    let text = "Mayor Ivan Fedorov visited the site on Monday. The blast shattered every window on the street. \u{201c}We are close,\u{201d} he said, \u{201c}very close to the end of this.\u{201d}";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    for quote in &q {
        assert_eq!(quote.1.as_deref(), Some("he"));
        assert_eq!(quote.2.as_deref(), Some("Ivan Fedorov"), "{quote:?}");
        assert_eq!(quote.3, Some(true));
    }
}

#[test]
fn a_quote_opened_with_the_closing_mark_is_still_a_quote() {
    let q = quotes("\u{201d}Six wells were poisoned,\u{201d} a local official said. The village was empty.");
    assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("Six wells were poisoned", Some("a local official")));
    let q = quotes("\u{201d}Six puits ont été empoisonnés\u{201d}, a déclaré Aïcha Traoré, une élue locale.");
    assert_eq!((q[0].0.as_str(), q[0].2.as_deref()), ("Six puits ont été empoisonnés", Some("Aïcha Traoré")));
    // A closing mark after a word closes; it opens nothing.
    let q = quotes("He called it \u{201c}a disgrace\u{201d} and left.");
    assert_eq!(q.len(), 1);
}

#[test]
fn shouted_and_chanted_words_are_their_subject_s_but_open_no_claim() {
    let q = quotes("A woman at the barrier shouted, \u{201c}Let them through!\u{201d} as the lorries stopped.");
    assert_eq!(q[0].1.as_deref(), Some("A woman at the barrier"));
    let q = quotes("Students were chanting \u{201c}free our teachers\u{201d} outside the ministry.");
    assert_eq!(q[0].1.as_deref(), Some("Students"));
    let q = quotes("\u{201c}Free our teachers,\u{201d} the students chanted.");
    assert_eq!(q[0].1.as_deref(), Some("the students"));
    let q = quotes("\u{201c}Free our teachers,\u{201d} the students chanted outside the ministry, witnesses said.");
    assert_eq!(q[0].1.as_deref(), Some("the students"));
    let q = quotes("\u{201c}Rendez-nous nos enseignants\u{201d}, les étudiants scandaient devant le rectorat.");
    assert_eq!(q[0].1.as_deref(), Some("les étudiants"));
    let q = quotes("Une habitante a crié : « Laissez-les passer ! »");
    assert_eq!(q[0].1.as_deref(), Some("Une habitante"));
    let q = quotes("« Libérez nos enseignants ! », scandaient les étudiants.");
    assert_eq!(q[0].1.as_deref(), Some("les étudiants"));
    let q = quotes("« Au secours ! », a hurlé une femme avant l'effondrement du toit.");
    assert_eq!(q[0].1.as_deref(), Some("une femme"));
    let q = quotes("\u{201c}Give us water!\u{201d} shouted the crowd as the trucks arrived.");
    assert_eq!(q[0].1.as_deref(), Some("the crowd"));
    // Without quoted words, a raised voice reports nothing.
    assert!(attributions("The students chanted slogans against the ministry.").is_empty());
    assert!(attributions("Les étudiants ont scandé des slogans hostiles au ministère.").is_empty());
    assert!(attributions("She screamed as the roof gave way.").is_empty());
}

#[test]
fn an_anonymous_speaker_is_kept_unnamed() {
    let q = quotes("\u{201c}Nobody expected the offensive so soon,\u{201d} a diplomatic source told AFP.");
    assert_eq!(q[0].1.as_deref(), Some("a diplomatic source"));
    assert_eq!(q[0].3, Some(false));
    assert_eq!(q[0].2, None);
}

#[test]
fn a_quote_with_no_attributable_speaker_has_none() {
    let q = quotes("The slogan \u{201c}no to war\u{201d} was painted on the walls of the old town.");
    assert_eq!(q[0].0, "no to war");
    assert_eq!(q[0].1, None);
}

#[test]
fn partial_quotes_in_reported_speech_take_the_reporting_subject() {
    let text = "The governor said that the militia had \u{201c}withdrawn completely\u{201d} from the district.";
    let q = quotes(text);
    assert_eq!(q[0].1.as_deref(), Some("The governor"));
    assert_eq!(q[0].4.as_deref(), Some("said"));
    let who = quotes("Supplies were running low, according to a UN official, who warned that hospitals were \u{201c}on the brink\u{201d}.");
    assert_eq!(who[0].1.as_deref(), Some("a UN official"));
    assert_eq!(who[0].4.as_deref(), Some("warned"));
}

#[test]
fn a_quote_running_over_two_paragraphs_keeps_its_speaker() {
    let text = "Title of the report\n\nBy Staff\n\nThe minister spoke at length.\n\n\u{201c}We will rebuild every school.\n\n\u{201c}And we will do it this year,\u{201d} said Amal Nasser, the education minister.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Amal Nasser"));
    assert_eq!(q[1].2.as_deref(), Some("Amal Nasser"));
}

#[test]
fn french_guillemets_with_inversion_and_a_speaker_named_after_the_cue() {
    let q = quotes(
        "« Nous ne reculerons pas », a déclaré Jean-Marc Dufour à l'AFP. « La situation est grave », a-t-il ajouté.",
    );
    assert_eq!(q[0].0, "Nous ne reculerons pas");
    assert_eq!(q[0].2.as_deref(), Some("Jean-Marc Dufour"));
    assert_eq!(q[0].5.as_deref(), Some("AFP"));
    assert_eq!(q[1].1.as_deref(), Some("il"));
    assert_eq!(q[1].2.as_deref(), Some("Jean-Marc Dufour"));
}

/// (claim, [(source words, entity name, kind)], cue)
type AttributionRow = (String, Vec<(String, Option<String>, String)>, String);

fn attributions(text: &str) -> Vec<AttributionRow> {
    let r = run(text);
    r["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let sources = a["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    (
                        s["text"]["text"].as_str().unwrap().to_string(),
                        entity_name(&r, &s["entity"]),
                        s["kind"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            (a["claim"]["text"].as_str().unwrap().to_string(), sources, a["cue"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn according_to_several_sources_joined_by_and() {
    let a =
        attributions("At least 12 people were killed in the raid, according to local officials and state television.");
    assert_eq!(a[0].0, "At least 12 people were killed in the raid");
    let kinds: Vec<&str> = a[0].1.iter().map(|s| s.2.as_str()).collect();
    assert_eq!(kinds, vec!["official", "state_media"]);
}

#[test]
fn selon_and_d_apres_open_or_close_the_claim() {
    let a = attributions(
        "Selon l'ONU, plus de 2 millions de personnes ont fui. Le convoi a été bloqué, d'après des témoins.",
    );
    assert_eq!(a[0].0, "plus de 2 millions de personnes ont fui");
    assert_eq!(a[0].1[0].1.as_deref(), Some("United Nations"));
    assert_eq!(a[1].1[0].2, "witness");
}

#[test]
fn a_reporting_verb_with_that_and_a_postposed_source() {
    let a = attributions("The health ministry said on Sunday that 40 patients had been evacuated.");
    assert_eq!(a[0].0, "40 patients had been evacuated");
    assert_eq!(a[0].1[0].2, "government");
    let b = attributions("Two bridges were destroyed overnight, the Ukrainian army announced.");
    assert_eq!(b[0].0, "Two bridges were destroyed overnight");
    assert_eq!(b[0].2, "announced");
}

#[test]
fn french_postposed_source_and_que_clause() {
    let a = attributions("Trois soldats ont été tués, a indiqué l'armée malienne.");
    assert_eq!(a[0].0, "Trois soldats ont été tués");
    assert_eq!(a[0].1[0].2, "military");
    let b = attributions("Le ministère de la Santé a annoncé que 40 patients avaient été évacués.");
    assert_eq!(b[0].0, "40 patients avaient été évacués");
}

#[test]
fn an_ngo_and_an_agency_are_typed() {
    let a = attributions("Thirty civilians died in the shelling, Human Rights Watch told Reuters.");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Human Rights Watch"));
    assert_eq!(a[0].1[0].2, "ngo");
}

#[test]
fn reported_speech_without_that_from_a_named_source() {
    let a = attributions("The Sudan Doctors Network said the militia had shelled the market twice.");
    assert_eq!(a[0].0, "the militia had shelled the market twice");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Sudan Doctors Network"));
}

#[test]
fn a_source_with_dotted_initials_is_not_cut_at_the_dot() {
    let a = attributions("More than 12 million people have fled, according to U.N. figures.");
    assert_eq!(a[0].1[0].0, "U.N. figures");
}

#[test]
fn a_quote_after_an_attributed_one_in_the_same_paragraph_keeps_the_speaker() {
    let q = quotes(
        "\u{201c}The roads are gone,\u{201d} said Omar Tahir, a local official. \u{201c}Help must come by air.\u{201d}",
    );
    assert_eq!(q[1].2.as_deref(), Some("Omar Tahir"));
}

#[test]
fn an_addressee_between_the_cue_and_the_speaker_is_skipped() {
    let q = quotes(
        "« Nous avons retiré des corps toute la nuit », a déclaré à l'AFP Karim Mansour, porte-parole des secours.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Karim Mansour"));
    assert_eq!(q[0].5.as_deref(), Some("AFP"));
}

#[test]
fn a_pronoun_is_not_resolved_to_a_photographer() {
    let text = "Titre de l'article\n\nUn secouriste dans les décombres, le 3 mars 2025. (Photo : Karim Haddad, AFP)\n\nLe maire Paul Girard était sur place. « Tout est détruit », a-t-il dit.";
    let q = quotes(text);
    assert_eq!(q[0].2.as_deref(), Some("Paul Girard"));
}

#[test]
fn a_french_inverted_source_with_a_determiner() {
    let a = attributions("Au moins 45 personnes ont été tuées dans la nuit, a annoncé la Défense civile locale.");
    assert_eq!(a[0].1[0].0, "la Défense civile locale");
}

#[test]
fn a_speaker_after_an_abbreviated_title_is_the_person_named() {
    let fr = quotes("« Nous ne céderons pas », a déclaré M. Durand à la sortie du conseil.");
    assert_eq!((fr[0].1.as_deref(), fr[0].2.as_deref()), (Some("M. Durand"), Some("Durand")));
    let en = quotes("\"We will not give up,\" said Gen. Mark Ellis on Monday.");
    assert_eq!((en[0].1.as_deref(), en[0].2.as_deref()), (Some("Gen. Mark Ellis"), Some("Mark Ellis")));
}

#[test]
fn a_french_speaker_after_the_cue_and_a_time_or_an_aside() {
    let q = quotes("« La situation est grave », a précisé dans la matinée le préfet.");
    assert_eq!((q[0].1.as_deref(), q[0].4.as_deref()), (Some("le préfet"), Some("a précisé")));
    let q = quotes("« Nous tiendrons », a déclaré jeudi soir Jean Dupont, maire de la ville.");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_deref()), (Some("Jean Dupont"), Some("Jean Dupont")));
    let q = quotes("« Le pont a cédé », a expliqué à l'AFP le ministre de l'Intérieur.");
    assert_eq!((q[0].1.as_deref(), q[0].5.as_deref()), (Some("le ministre de l'Intérieur"), Some("AFP")));
}

#[test]
fn a_french_speaker_opening_with_le_after_the_cue_is_found() {
    let q = quotes("« Rien ne bougera », a déclaré le ministre.");
    assert_eq!(q[0].1.as_deref(), Some("le ministre"));
    let q = quotes("« Rien ne bougera », a déclaré le porte-parole du gouvernement le 12 mars.");
    assert_eq!(q[0].1.as_deref(), Some("le porte-parole du gouvernement"));
}

#[test]
fn an_auxiliary_and_adverbs_before_the_participle_belong_to_the_cue() {
    let q = quotes("« Il y a des blessés », ont affirmé samedi les secours.");
    assert_eq!((q[0].1.as_deref(), q[0].4.as_deref()), (Some("les secours"), Some("ont affirmé")));
    let q = quotes("« Le bilan va s'alourdir », a également indiqué Jean Dupont.");
    assert_eq!((q[0].2.as_deref(), q[0].4.as_deref()), (Some("Jean Dupont"), Some("a également indiqué")));
    let q = quotes("\"We are ready,\" Anna Kovac has also said.");
    assert_eq!((q[0].2.as_deref(), q[0].4.as_deref()), (Some("Anna Kovac"), Some("has also said")));
}

#[test]
fn a_channel_after_a_source_is_not_part_of_it() {
    let r = run("Le bilan est de 14 morts, a indiqué le préfet sur Facebook.");
    assert_eq!(r["attributions"][0]["sources"][0]["text"]["text"], "le préfet");
    let r = run("The toll rose to 14, the governor said on Telegram.");
    assert_eq!(r["attributions"][0]["sources"][0]["text"]["text"], "the governor");
}

#[test]
fn a_time_after_the_cue_is_not_part_of_the_source() {
    let r = run("Le bilan s'élève à 12 morts, a indiqué jeudi Maryna Kovalchuk.");
    assert_eq!(r["attributions"][0]["sources"][0]["text"]["text"], "Maryna Kovalchuk");
}

#[test]
fn selon_before_a_relative_pronoun_is_no_attribution() {
    let r = run("La police, selon laquelle douze personnes ont été blessées, a ouvert une enquête.");
    assert!(r["attributions"].as_array().unwrap().iter().all(|a| a["cue"] != "selon"), "{}", r["attributions"]);
}

#[test]
fn a_pronoun_speaker_is_the_subject_of_the_sentence_before_not_the_nearest_name() {
    let q = quotes("Minister Ahmed Saleh met the envoy John Smith on Monday. \"We agreed on a truce,\" he said.");
    assert_eq!(q[0].2.as_deref(), Some("Ahmed Saleh"));
    let q =
        quotes("Le ministre Ahmed Saleh a reçu lundi l'envoyé John Smith. « Nous sommes d'accord », a-t-il déclaré.");
    assert_eq!(q[0].2.as_deref(), Some("Ahmed Saleh"));
    let q = quotes("After talks with John Smith, Ahmed Saleh left Geneva. \"Nothing was agreed,\" he said.");
    assert_eq!(q[0].2.as_deref(), Some("Ahmed Saleh"));
}

#[test]
fn a_speaker_described_then_named_in_apposition_is_the_person() {
    let q = quotes(
        "\u{201c}The situation is under control,\u{201d} said the army spokesman in the region, Colonel Amos Wekesa.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Amos Wekesa"), "{q:?}");
    let q = quotes(
        "« Les recherches se poursuivent », a précisé à l'AFP le porte-parole de la Garde côtière, Nadia Belkacem.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Nadia Belkacem"), "{q:?}");
    let q = quotes("« Nous avons tout perdu », a raconté un pêcheur, Idrissa Ba.");
    assert_eq!(q[0].2.as_deref(), Some("Idrissa Ba"), "{q:?}");
    // A longer clause after the comma is no apposition.
    let q = quotes("\u{201c}We will rebuild,\u{201d} said the mayor, who met families whose homes had burned.");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_deref()), (Some("the mayor"), None), "{q:?}");
}

#[test]
fn abbreviated_ranks_and_courtesy_titles_stand_before_a_person() {
    let r = run(
        "Army spokesman Lt. Col. Owen Mbeki said troops had withdrawn. \u{201c}We will not allow it,\u{201d} he said.",
    );
    let people: Vec<&str> = r["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "PERSON")
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(people, vec!["Owen Mbeki"]);
    assert_eq!(quotes_of(&r)[0], Some("Owen Mbeki".to_string()));
    let r = run(
        "Le procureur, Pierre Ndikumana, a parlé lundi. « L'enquête avance », a déclaré M. Ndikumana, sans plus de détails.",
    );
    assert_eq!(quotes_of(&r)[0], Some("Pierre Ndikumana".to_string()));
    let person = r["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Pierre Ndikumana").unwrap();
    // A title of courtesy is no role.
    assert!(!person["roles"].as_array().unwrap().iter().any(|r| r == "M."), "{person}");
}

/// The speaker's entity name of each quote.
fn quotes_of(r: &Value) -> Vec<Option<String>> {
    r["quotes"].as_array().unwrap().iter().map(|q| entity_name(r, &q["speaker"]["entity"])).collect()
}

#[test]
fn one_spoken_word_in_quotation_marks_is_a_quote_and_a_name_is_not() {
    let q = quotes("Mayor Ann Cole said the damage was \u{201c}unprecedented\u{201d} for the valley.");
    assert_eq!((q[0].0.as_str(), q[0].2.as_deref()), ("unprecedented", Some("Ann Cole")), "{q:?}");
    let q = quotes("Le maire de Ploumoguer, Yann Le Goff, se dit « sidéré » par la violence des rafales.");
    assert_eq!((q[0].0.as_str(), q[0].2.as_deref()), ("sidéré", Some("Yann Le Goff")), "{q:?}");
    assert!(quotes("The rescue ship \u{201c}Aquarius\u{201d} docked in Valencia.").is_empty());
}

#[test]
fn a_witness_testifies_after_the_quote() {
    let q = quotes(
        "« L'eau est montée d'un mètre en trois heures », a témoigné Martine Lefort, dont la maison est inondée.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Martine Lefort"), "{q:?}");
    let q = quotes("« Ils ont tout pris », se lamentait vendredi matin Grace Wanjiru, commerçante.");
    assert_eq!(q[0].2.as_deref(), Some("Grace Wanjiru"), "{q:?}");
}

#[test]
fn a_name_set_off_after_a_role_is_a_person_even_after_a_place() {
    let r = run(
        "Le maire de Ploumoguer, Yann Le Goff, a demandé de l'aide. Le maire de la ville, Andriï Lysenko, a parlé.",
    );
    let types: Vec<(&str, &str)> = r["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["type"].as_str().unwrap(), e["name"].as_str().unwrap()))
        .collect();
    assert!(types.contains(&("PERSON", "Yann Le Goff")), "{types:?}");
    assert!(types.contains(&("PERSON", "Andriï Lysenko")), "{types:?}");
    assert!(types.contains(&("GPE", "Ploumoguer")), "{types:?}");
}

/// (claim, source words) of each attribution.
fn claims(text: &str) -> Vec<(String, Vec<String>)> {
    attributions(text).into_iter().map(|(c, s, _)| (c, s.into_iter().map(|s| s.0).collect())).collect()
}

#[test]
fn the_that_of_a_later_verb_does_not_cut_the_claim() {
    let c = claims("Four more people died overnight, raising the toll to 19, the health ministry said on Sunday, adding that 30 were hurt.");
    assert_eq!(c[0].0, "Four more people died overnight, raising the toll to 19");
    assert_eq!(c[0].1, vec!["the health ministry"]);
}

#[test]
fn reported_speech_from_a_described_source_or_a_pronoun() {
    let c = claims("The coast guard said 12 of the 40 passengers were rescued.");
    assert_eq!(c, vec![("12 of the 40 passengers were rescued".to_string(), vec!["The coast guard".to_string()])]);
    let c = claims("He said the toll could rise further.");
    assert_eq!(c[0].1, vec!["He"]);
    // A time opening the clause is not part of the source.
    let c = claims("On Wednesday the group said the strike had killed 16 people.");
    assert_eq!(c[0].1, vec!["the group"]);
}

#[test]
fn a_long_source_after_the_verb_and_a_role_with_its_holder_before_it() {
    let c = claims(
        "Plus de 3 000 personnes ont fui la zone, a précisé le Bureau de la coordination des affaires humanitaires de l'ONU.",
    );
    assert_eq!(c[0].1, vec!["le Bureau de la coordination des affaires humanitaires de l'ONU"]);
    let c = claims(
        "Le porte-parole de la police, Désiré Ntahomvukiye, a affirmé que cinq suspects avaient été interpellés.",
    );
    assert_eq!(c[0].0, "cinq suspects avaient été interpellés");
    assert!(c[0].1.iter().any(|s| s.contains("Ntahomvukiye")), "{c:?}");
    let c = claims("A crowd burned two men to death, police spokesman Insp. Marc Aurèle said.");
    assert_eq!(c[0].1, vec!["police spokesman Insp. Marc Aurèle"]);
}

#[test]
fn a_speaker_with_abbreviations_between_the_quote_and_the_verb() {
    let q = quotes(
        "\u{201c}The road is narrow there,\u{201d} regional police chief Col. Rosa Quispe told a local radio station.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Rosa Quispe"), "{q:?}");
    let q = quotes("\u{201c}Our forces are advancing,\u{201d} army spokesman Brig. Gen. Kamal Osman said in a video.");
    assert_eq!(q[0].2.as_deref(), Some("Kamal Osman"), "{q:?}");
    let q = quotes("\u{201c}The city is running out of water,\u{201d} the U.N. humanitarian office said.");
    assert_eq!(q[0].1.as_deref(), Some("the U.N. humanitarian office"), "{q:?}");
}

#[test]
fn a_quote_in_a_clause_of_a_sourced_sentence_is_the_source_s() {
    let q = quotes(
        "Quarante personnes ont été interpellées, a annoncé vendredi le ministère de l'Intérieur dans un communiqué, \
         évoquant des « actes de vandalisme » dans la capitale.",
    );
    assert_eq!(q[0].0, "actes de vandalisme");
    assert_eq!(q[0].1.as_deref(), Some("le ministère de l'Intérieur"), "{q:?}");
    let q = quotes(
        "Forty people were arrested, the interior ministry said in a statement, citing \u{201c}acts of vandalism\u{201d} \
         in the capital.",
    );
    assert_eq!(q[0].1.as_deref(), Some("the interior ministry"), "{q:?}");
}

#[test]
fn a_claim_carries_the_place_and_date_it_names_not_the_statement_s() {
    let mut options = reportage::Options::default();
    // A Tuesday: the weekdays named are two and five days back.
    options.set_document_date("2025-03-04").unwrap();
    let first = |text: &str| {
        let r = serde_json::to_value(extract(text, &options).unwrap()).unwrap();
        let a = &r["attributions"][0];
        (a["place"]["text"]["text"].as_str().map(str::to_string), a["date"]["value"].as_str().map(str::to_string))
    };
    assert_eq!(
        first("Five people were killed in Goma on Sunday, the governor said on Monday."),
        (Some("Goma".into()), Some("2025-03-02".into()))
    );
    assert_eq!(
        first("Selon la police, trois manifestants ont été blessés jeudi à Tunis."),
        (Some("Tunis".into()), Some("2025-02-27".into()))
    );
    assert_eq!(first("The army said on Monday that the talks had stalled."), (None, None));
}

#[test]
fn a_named_subject_set_off_by_an_apposition_is_the_source_not_the_claim() {
    let a = attributions(
        "Omar Haddad, a spokesman for the provincial police, said the convoy was hit by a roadside bomb near the bridge.",
    );
    assert_eq!(a[0].0, "the convoy was hit by a roadside bomb near the bridge");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Omar Haddad"));
    let a = attributions(
        "Claire Morel, porte-parole de la préfecture, a indiqué que le convoi avait été visé par un engin explosif.",
    );
    assert_eq!(a[0].0, "le convoi avait été visé par un engin explosif");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Claire Morel"));
}

#[test]
fn a_french_speaker_after_several_asides_is_found() {
    let q = quotes("« Les tirs ont duré toute la nuit », a déclaré de son côté à l'AFP un habitant du quartier.");
    assert_eq!(q[0].1.as_deref(), Some("un habitant du quartier"));
    let q = quotes("« Rien n'a été épargné », a affirmé pour sa part à Reuters une élue de la commune.");
    assert_eq!(q[0].1.as_deref(), Some("une élue de la commune"));
}

#[test]
fn a_pronoun_with_no_person_before_it_stands_for_the_previous_speaker() {
    let text = "« Les assaillants sont arrivés à l'aube », a déclaré une source sécuritaire.\n\n« Le bilan pourrait s'alourdir », a-t-elle ajouté, précisant que « plusieurs blessés ont été évacués ».";
    let q = quotes(text);
    assert_eq!(q.len(), 3);
    for row in &q {
        assert_eq!(row.1.as_deref(), Some("une source sécuritaire"), "{row:?}");
    }
    let text = "\"The gates were locked,\" a hospital official said.\n\n\"We had no power for hours,\" he added.";
    let q = quotes(text);
    assert_eq!(q[1].1.as_deref(), Some("a hospital official"));
}

#[test]
fn a_pronoun_source_stands_for_the_person_who_spoke_just_before() {
    let a = attributions("Amina Yusuf, a spokeswoman for the hospital, said 14 wounded were brought in overnight. The toll could rise, she said.");
    assert_eq!(a.last().unwrap().1[0].1.as_deref(), Some("Amina Yusuf"));
    let a = attributions("Selon Pierre Kaboré, maire de la commune, douze maisons ont brûlé. Il a précisé que les secours étaient sur place.");
    assert_eq!(a.last().unwrap().1[0].1.as_deref(), Some("Pierre Kaboré"));
}

#[test]
fn relater_is_a_french_verb_of_speech() {
    let a = attributions("Les gendarmes ont chargé les grévistes, a relaté par téléphone un témoin oculaire.");
    assert_eq!(a[0].1[0].0, "un témoin oculaire");
}

#[test]
fn a_verb_of_speech_with_a_particle_is_another_verb() {
    let a = attributions("Rescue teams called off the hunt for the hikers after four days.");
    assert!(a.is_empty(), "{a:?}");
    let a = attributions("The coast guard called the search a failure, officials said.");
    assert!(!a.is_empty());
}

#[test]
fn a_plural_noun_spelt_like_a_verb_of_speech_is_no_cue() {
    let a = attributions("The town is a hub for trade in the nine Sahel states.");
    assert!(a.is_empty(), "{a:?}");
    let a = attributions("The report states that 40 villages were burned.");
    assert_eq!(a.len(), 1, "{a:?}");
}

#[test]
fn a_time_before_the_comma_is_no_claim_when_a_clause_follows_the_cue() {
    let c = claims("Later on Tuesday, the health ministry said two of the injured had died in hospital.");
    assert_eq!(
        c,
        vec![("two of the injured had died in hospital".to_string(), vec!["the health ministry".to_string()])]
    );
    let c = claims("Dans la soirée, la préfecture a annoncé que deux blessés avaient succombé.");
    assert_eq!(c, vec![("deux blessés avaient succombé".to_string(), vec!["la préfecture".to_string()])]);
}

#[test]
fn words_holding_a_verb_before_the_cue_are_no_source() {
    let c = claims(
        "In the suburb of Delmas, a crowd beat and burned to death two men accused of theft on Tuesday night, \
         police spokesman Insp. Paul Renard said.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].0.starts_with("In the suburb of Delmas"), "{c:?}");
    assert_eq!(c[0].1, vec!["police spokesman Insp. Paul Renard"]);
    let c = claims(
        "À Delmas, une foule a lynché deux hommes accusés de vol mardi soir, a indiqué le porte-parole de la police.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, vec!["le porte-parole de la police"]);
}

#[test]
fn a_subject_after_a_conjunction_opens_a_new_claim() {
    let c = claims("The roof caved in on two floors, and he said the toll could rise.");
    assert_eq!(c, vec![("the toll could rise".to_string(), vec!["he".to_string()])]);
    let c = claims("Le toit s'est effondré et il a affirmé que le bilan pourrait s'alourdir.");
    assert_eq!(c, vec![("le bilan pourrait s'alourdir".to_string(), vec!["il".to_string()])]);
}

#[test]
fn a_subject_set_off_by_a_participle_or_a_relative_clause() {
    let c = claims("The quake struck at 3:42 a.m. local time, the agency, known as DEMA, said.");
    assert_eq!(c, vec![("The quake struck at 3:42 a.m. local time".to_string(), vec!["the agency".to_string()])]);
    let c = claims("The governor, who won the vote by a wide margin, has said the new road would open in May.");
    assert_eq!(c[0].1, vec!["The governor"]);
    let c = claims("Le gouverneur, qui a été réélu en 2021, a affirmé que la route serait ouverte en mai.");
    assert_eq!(c[0].1, vec!["Le gouverneur"]);
    // Not an aside: a clause of its own before the cue.
    let c = claims("Au total, 83 interpellations ont été effectuées, a annoncé vendredi le ministère de l'Intérieur.");
    assert_eq!(c[0].1, vec!["le ministère de l'Intérieur"]);
}

#[test]
fn a_relative_pronoun_before_the_cue_stands_for_the_name_before_it() {
    let c = claims(
        "Le recours a été déposé par le secrétaire général du parti, Romain Dossa, qui affirme que douze délégués ont été \
         empêchés de voter.",
    );
    let last = c.last().unwrap();
    assert_eq!(last.0, "douze délégués ont été empêchés de voter");
    assert!(last.1.iter().any(|s| s.contains("Romain Dossa")), "{c:?}");
}

#[test]
fn a_participle_of_speech_after_a_comma_goes_on_with_the_same_source() {
    let c = claims("The vote was rigged, he said, adding that his party would challenge it in court.");
    assert_eq!(
        c,
        vec![
            ("The vote was rigged".to_string(), vec!["he".to_string()]),
            ("his party would challenge it in court".to_string(), vec!["he".to_string()]),
        ]
    );
    let c = claims("The ministry said 40 people were arrested, adding that the curfew would stay in place.");
    assert_eq!(c[0], ("40 people were arrested".to_string(), vec!["The ministry".to_string()]));
    assert_eq!(c[1], ("the curfew would stay in place".to_string(), vec!["The ministry".to_string()]));
    let c = claims(
        "Le scrutin a été truqué, a déclaré le chef de l'opposition, ajoutant que son parti saisirait la Cour suprême.",
    );
    assert_eq!(c[1], ("son parti saisirait la Cour suprême".to_string(), vec!["le chef de l'opposition".to_string()]));
    // After a quote, its speaker.
    let q =
        "\u{201c}The count was decided long before Tuesday,\u{201d} Mr Banda said, adding that his party would appeal.";
    let a = attributions(q);
    assert_eq!(a[0].0, "his party would appeal");
    assert_eq!(a[0].1[0].0, "Mr Banda");
}

#[test]
fn an_elided_que_opens_the_claim() {
    let c = claims("Certains rescapés ont déclaré qu'il y avait 65 passagers à bord.");
    assert_eq!(c, vec![("il y avait 65 passagers à bord".to_string(), vec!["Certains rescapés".to_string()])]);
}

#[test]
fn a_passive_verb_of_speech_takes_its_agent_as_the_source() {
    let c = claims("Plus tard dans la nuit, un bilan de quatre morts a été confirmé par plusieurs sources.");
    assert_eq!(c[0].1, vec!["plusieurs sources"]);
    assert!(c[0].0.contains("un bilan de quatre morts"), "{c:?}");
    let c = claims("The death of the two hostages was confirmed by the regional governor on Friday.");
    assert_eq!(c[0], ("The death of the two hostages".to_string(), vec!["the regional governor".to_string()]));
    // A channel after "par" is no agent.
    let c = claims("Les gendarmes ont chargé les grévistes, a relaté par téléphone un témoin oculaire.");
    assert_eq!(c[0].1, vec!["un témoin oculaire"]);
}

#[test]
fn a_passive_participle_agrees_with_its_subject_and_may_have_a_time_before_its_agent() {
    let c = claims("La mort du gendarme a été confirmée par la préfecture de la région.");
    assert_eq!(c[0], ("La mort du gendarme".to_string(), vec!["la préfecture de la région".to_string()]));
    let c = claims("Les deux disparitions ont été annoncées lundi soir par la mairie de la commune.");
    assert_eq!(c[0], ("Les deux disparitions".to_string(), vec!["la mairie de la commune".to_string()]));
    let c = claims("The two disappearances were announced late on Monday by the town hall.");
    assert_eq!(c[0], ("The two disappearances".to_string(), vec!["the town hall".to_string()]));
    // Elsewhere an agreed participle is an adjective: "non déclarées" is no verb of speech.
    let q = quotes(
        "Des manifestations non déclarées par les organisateurs ont eu lieu : « Nous restons », a dit un élève.",
    );
    assert_eq!(q[0].1.as_deref(), Some("un élève"), "{q:?}");
}

#[test]
fn an_inverted_pronoun_with_no_quote_is_the_source() {
    let a = attributions(
        "Le commandant Karim Ben Salah s'est exprimé à la radio. Les trois gardes venaient tous de la même ville, a-t-il ajouté.",
    );
    let last = a.last().unwrap();
    assert_eq!(last.0, "Les trois gardes venaient tous de la même ville");
    assert_eq!(last.1[0].1.as_deref(), Some("Karim Ben Salah"));
    // With a quote, the pronoun is the quote's speaker, not a source of a claim.
    let a = attributions("« Nous avons tout perdu », a-t-il ajouté.");
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn a_short_name_in_brackets_and_a_time_stay_out_of_the_subject_s_way() {
    let c =
        claims("The Independent Electoral Commission (IEC) on Saturday night confirmed that three voters were killed.");
    assert_eq!(c[0].1, vec!["The Independent Electoral Commission (IEC)"]);
    let c = claims("La Commission électorale nationale (CEN) a confirmé samedi que trois électeurs avaient été tués.");
    assert_eq!(c[0].1, vec!["La Commission électorale nationale (CEN)"]);
}

#[test]
fn a_verb_after_an_aside_on_the_quote_s_last_words_has_its_subject_after_it() {
    let q = quotes(
        "« Les blessés sont soignés à l'hôpital de Dori », chef-lieu de la province du Séno, précise le communiqué.",
    );
    assert_eq!(q[0].1.as_deref(), Some("le communiqué"), "{q:?}");
    let q =
        quotes("\u{201c}Thirty wounded are being treated in Kaya,\u{201d} the regional capital, the statement said.");
    assert_eq!(q[0].1.as_deref(), Some("the statement"), "{q:?}");
}

#[test]
fn a_plural_pronoun_after_quotes_stands_for_the_group_that_spoke_before() {
    let text = "« Sept gardes ont été blessés », ont indiqué les gendarmes. Au cours de la poursuite, « trois suspects » ont été \
                « interpellés. Leurs noms sont connus », ont-ils ajouté.";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    for row in &q {
        assert_eq!(row.1.as_deref(), Some("les gendarmes"), "{row:?}");
    }
    let text =
        "\"Nine bodies were recovered,\" the rescuers said. The search, they said, would go on. \"We will not stop,\" \
                they added.";
    let q = quotes(text);
    assert_eq!(q.last().unwrap().1.as_deref(), Some("the rescuers"), "{q:?}");
    // A group's pronoun never stands for one person.
    let text = "« Nous partirons demain », a déclaré Jeanne Morel. « Rien n'est décidé », ont-ils répondu.";
    let q = quotes(text);
    assert_ne!(q[1].1.as_deref(), Some("Jeanne Morel"), "{q:?}");
}

#[test]
fn a_list_of_sources_after_the_claim_runs_to_the_end_and_a_name_with_and_stays_whole() {
    let c = claims(
        "Au moins 40 personnes ont été tuées, selon Médecins sans frontières, la Croix-Rouge et des sources locales.",
    );
    assert_eq!(c[0].1, vec!["Médecins sans frontières", "la Croix-Rouge", "des sources locales"]);
    let c = claims("Four people were killed, according to the police and the army.");
    assert_eq!(c[0].1, vec!["the police", "the army"]);
    // A relative clause after the source is not one.
    let c = claims("Trois civils ont été tués, selon l'ONU, qui dénonce les frappes et les pillages.");
    assert_eq!(c[0].1, vec!["l'ONU"]);
    let c = claims("Two fishermen were missing, according to the coast guard of Trinidad and Tobago.");
    assert_eq!(c[0].1, vec!["the coast guard of Trinidad and Tobago"]);
}

#[test]
fn adjectives_joined_by_and_qualify_one_source() {
    let c = claims("Au moins dix civils ont été tués, selon des sources sécuritaires et locales.");
    assert_eq!(c[0].1, vec!["des sources sécuritaires et locales"]);
    let c = claims("Ten people were killed, according to local and regional officials and the army.");
    assert_eq!(c[0].1, vec!["local and regional officials", "the army"]);
}

#[test]
fn words_without_a_verb_before_selon_are_no_claim_unless_nothing_follows() {
    let c = claims("Par ailleurs, selon la source sécuritaire, les forces armées ont pris part à la riposte.");
    assert_eq!(
        c,
        vec![("les forces armées ont pris part à la riposte".to_string(), vec!["la source sécuritaire".to_string()])]
    );
    let c = claims("Meanwhile, according to the regional governor, the army joined the counter-attack.");
    assert_eq!(c, vec![("the army joined the counter-attack".to_string(), vec!["the regional governor".to_string()])]);
    let c = claims("Quatre morts, selon la police.");
    assert_eq!(c, vec![("Quatre morts".to_string(), vec!["la police".to_string()])]);
}

#[test]
fn a_relative_clause_before_the_cue_is_no_source() {
    let c = claims("The bomb, which the authorities described as huge, was hidden in a car.");
    assert!(c.is_empty(), "{c:?}");
    let c = claims("La bombe, dont les autorités ont souligné la puissance, était cachée dans une voiture.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_speaker_after_the_quote_and_its_comma_starts_at_its_first_word() {
    let q = quotes("The bombers hit the gate, \"clearing a path for the gunmen behind them\", the governor's spokesman Ali Karimi told AFP.");
    assert_eq!(q[0].1.as_deref(), Some("the governor's spokesman Ali Karimi"), "{q:?}");
    let q = quotes("Les assaillants ont forcé l'entrée, « dégageant le passage pour les hommes armés qui suivaient », le porte-parole Ali Karimi a déclaré à l'AFP.");
    assert_eq!(q[0].1.as_deref(), Some("le porte-parole Ali Karimi"), "{q:?}");
}

#[test]
fn whom_it_was_told_to_is_no_source_and_the_claim_follows_it() {
    let c = claims("Omar Saleh, a spokesman for the ministry, told the Associated Press the convoy was hit by a mine.");
    assert_eq!(c, vec![("the convoy was hit by a mine".to_string(), vec!["Omar Saleh".to_string()])]);
    let c = claims("The governor told reporters on Monday that 30 houses had burned.");
    assert_eq!(c, vec![("30 houses had burned".to_string(), vec!["The governor".to_string()])]);
    let c = claims("Un porte-parole, Omar Saleh, a déclaré à l'AFP que le convoi avait été visé par une mine.");
    assert_eq!(c[0].0, "le convoi avait été visé par une mine");
    let q = quotes(
        "\u{201c}We have taken in four patients with burns,\u{201d} Amir Shah, a doctor at the hospital, told AFP by telephone.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Amir Shah"), "{q:?}");
}

#[test]
fn say_in_the_present_is_a_verb_of_speech_and_a_participle_in_a_noun_phrase_no_clause() {
    let c = claims("In neighbouring Ogun state, officials say about 9,500 people have left their homes.");
    assert_eq!(c, vec![("about 9,500 people have left their homes".to_string(), vec!["officials".to_string()])]);
    let c = claims("Dans la province voisine, les autorités disent que 14 000 personnes ont quitté leurs maisons.");
    assert_eq!(c[0].1, vec!["les autorités"]);
}

#[test]
fn a_record_s_owner_or_the_speaker_who_gives_it_is_the_source() {
    let c =
        claims("Au moins 14 civils ont été tués, selon un bilan provisoire du Collectif des droits humains de Jacmel.");
    assert_eq!(c[0].1, vec!["Collectif des droits humains de Jacmel"]);
    let c = claims("At least 40 people were killed, according to figures released by the health ministry.");
    assert_eq!(c[0].1, vec!["the health ministry"]);
    let a = attributions("« Selon les premiers chiffres, six gardes ont été blessés », ont indiqué les gendarmes.");
    assert_eq!(a[0].0, "six gardes ont été blessés");
    assert_eq!(a[0].1[0].0, "les gendarmes");
    // A record with no owner stays as written.
    let c = claims("Twelve died, according to a preliminary toll.");
    assert_eq!(c[0].1, vec!["a preliminary toll"]);
}

#[test]
fn a_definite_role_stands_for_the_person_last_given_it() {
    let q = quotes(
        "L'amiral Fabio Moretti a dirigé les secours. Deux canots « ont été repérés au large », a ajouté l'amiral.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Fabio Moretti"), "{q:?}");
    let q = quotes("Mayor Ana Ruiz toured the district. \u{201c}We need pumps, not speeches,\u{201d} the mayor said.");
    assert_eq!(q[0].2.as_deref(), Some("Ana Ruiz"), "{q:?}");
}

#[test]
fn a_speaker_after_a_determined_adverb_or_before_a_title_with_a() {
    let q = quotes("« Le tireur s'est suicidé », avait écrit un peu plus tôt la ministre Claire Duval sur X.");
    assert_eq!(q[0].1.as_deref(), Some("la ministre Claire Duval"), "{q:?}");
    let q =
        quotes("« Les bandits ont attaqué vers 2 h », a précisé le commissaire à l'information de l'État du Niger.");
    assert_eq!(q[0].1.as_deref(), Some("le commissaire à l'information de l'État du Niger"), "{q:?}");
    let q = quotes("« Rien n'est décidé », a déclaré le ministre à l'AFP.");
    assert_eq!(q[0].1.as_deref(), Some("le ministre"), "{q:?}");
}

#[test]
fn a_reflexive_verb_is_no_verb_of_speech_but_se_dire_is() {
    let a = attributions("Le bilan est de 40 morts, auxquels s'ajoutent 33 blessés pris en charge à l'hôpital.");
    assert!(a.is_empty(), "{a:?}");
    let q = quotes("Le maire de Ploubazlanec, Yves Kerhervé, se dit « sidéré » par la violence des rafales.");
    assert_eq!(q[0].2.as_deref(), Some("Yves Kerhervé"), "{q:?}");
}

#[test]
fn participles_of_speech_with_their_own_subjects_give_each_its_claim() {
    let c = claims(
        "Des versions contradictoires circulaient, certains témoins affirmant que le camion roulait trop vite, \
         d'autres affirmant qu'il avait perdu ses freins.",
    );
    assert!(c.contains(&("le camion roulait trop vite".to_string(), vec!["certains témoins".to_string()])), "{c:?}");
    assert!(c.contains(&("il avait perdu ses freins".to_string(), vec!["d'autres".to_string()])), "{c:?}");
    let c = claims("Accounts differed, some witnesses saying that the truck was speeding.");
    assert!(c.contains(&("the truck was speeding".to_string(), vec!["some witnesses".to_string()])), "{c:?}");
}

#[test]
fn a_relative_clause_after_an_inverted_source_is_no_part_of_it() {
    let c = claims(
        "Un passant a aussi été touché, a affirmé la source hospitalière qui s'exprimait sous couvert d'anonymat.",
    );
    assert_eq!(c[0].1, vec!["la source hospitalière"]);
    let c = claims("One civilian was also wounded, said the medical source, who spoke on condition of anonymity.");
    assert_eq!(c[0].1, vec!["the medical source"]);
}

#[test]
fn an_inverted_pronoun_with_no_person_takes_the_source_just_before() {
    let a = attributions(
        "Un passant a été touché, a affirmé la source hospitalière. Deux victimes n'ont pas encore été nommées, a-t-elle ajouté.",
    );
    let last = a.last().unwrap();
    assert_eq!(last.0, "Deux victimes n'ont pas encore été nommées");
    assert!(last.1.iter().any(|s| s.0 == "la source hospitalière"), "{a:?}");
}

#[test]
fn a_noun_phrase_before_selon_is_the_claim_and_an_adverb_is_not() {
    let c = claims(
        "Une crue sans précédent selon Sélim Haddad, porte-parole de la mairie : « L'eau est montée d'un mètre en une heure. »",
    );
    assert_eq!(c[0].0, "Une crue sans précédent");
    let c = claims("Des habitants évoquent des dégâts bien plus lourds dans le haut de la vallée.");
    assert_eq!(c[0].1, vec!["Des habitants"]);
}

#[test]
fn a_quote_opening_the_next_paragraph_goes_on_with_the_speaker_before() {
    let text = "\u{201c}They burned two of our trucks,\u{201d} Major Abdi Hassan told Reuters on Saturday.\n\n\u{201c}We found the second one this afternoon near the river.\u{201d}\n\nThe group has not commented.";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].2.as_deref(), Some("Abdi Hassan"), "{q:?}");
    let text = "« Ils ont brûlé deux de nos camions », a déclaré le commandant Abdi Hassan.\n\n« Nous avons retrouvé le second cet après-midi. »";
    let q = quotes(text);
    assert_eq!(q[1].2.as_deref(), Some("Abdi Hassan"), "{q:?}");
    // Not after a paragraph with no quote.
    let text = "\u{201c}They burned two of our trucks,\u{201d} Major Abdi Hassan said.\n\nThe army sent reinforcements.\n\n\u{201c}Nobody came.\u{201d}";
    let q = quotes(text);
    assert_eq!(q[1].1, None, "{q:?}");
}

#[test]
fn a_participle_opening_the_sentence_is_no_claim_and_a_relative_word_opens_the_subject() {
    let c = claims("Searching for his cousin, Marco Lenti said he had lost two neighbours in the flood.");
    assert_eq!(c, vec![("he had lost two neighbours in the flood".to_string(), vec!["Marco Lenti".to_string()])]);
    let c = claims("Prime Minister Ana Lindqvist told reporters her cabinet would meet again on Friday.");
    assert_eq!(c[0].0, "her cabinet would meet again on Friday");
    let c = claims("Les blessés ont été évacués vers Gao, où des médecins ont affirmé que l'hôpital était saturé.");
    assert_eq!(c, vec![("l'hôpital était saturé".to_string(), vec!["des médecins".to_string()])]);
}

#[test]
fn a_quote_opening_after_an_auxiliary_is_its_subject_s_words() {
    let q =
        quotes("Selon un communiqué, le président Jean Kaboré a « ordonné aux forces armées de ramener les captifs ».");
    assert_eq!(q[0].2.as_deref(), Some("Jean Kaboré"), "{q:?}");
    let q = quotes("In a statement, President Ana Ruiz has \"ordered all agencies to help\" the flood victims.");
    assert_eq!(q[0].2.as_deref(), Some("Ana Ruiz"), "{q:?}");
}

#[test]
fn a_gerund_of_speech_goes_on_with_the_source_and_a_pronoun_after_a_described_source_is_it() {
    let a = attributions(
        "Selon Karim Haddad, responsable de la Défense civile, trois maisons ont brûlé. Deux autres ont été \
         endommagées par les flammes, a-t-il ajouté, en précisant que le quartier avait été évacué.",
    );
    let last = a.last().unwrap();
    assert_eq!(last.0, "le quartier avait été évacué");
    assert_eq!(last.1[0].1.as_deref(), Some("Karim Haddad"), "{a:?}");
    let a = attributions(
        "Le préfet Jean Morel s'est rendu sur place. Un passant a été touché, a affirmé la source hospitalière. Deux \
         victimes n'ont pas encore été nommées, a-t-elle ajouté.",
    );
    let last = a.last().unwrap();
    assert!(last.1.iter().any(|s| s.0 == "la source hospitalière"), "{a:?}");
}

#[test]
fn a_verbless_subject_before_a_verb_is_no_claim_and_its_object_no_source() {
    for text in [
        "Pedro Salas, the town's police chief, confirmed the fire and the number of injured.",
        "Karim Haddad, chef de la police municipale, a confirmé l'incendie et le nombre de blessés.",
    ] {
        let c = claims(text);
        assert!(
            c.iter().all(|(claim, sources)| !claim.contains("chief")
                && !claim.contains("chef")
                && sources.iter().all(|s| s.contains("Salas") || s.contains("Haddad"))),
            "{c:?}"
        );
    }
}

#[test]
fn a_definite_record_speaks_for_whoever_issued_it_just_before() {
    let text = "The district commissioner, Dr. Grace Okafor, gave the figures in a statement in Abeokuta.\n\n\
                The statement read: \u{201c}Polls opened late in four wards.\n\n\
                \u{201c}Two officials were injured at one polling unit.\u{201d}";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    for row in &q {
        assert_eq!(row.1.as_deref(), Some("The statement"), "{row:?}");
        assert_eq!(row.2.as_deref(), Some("Grace Okafor"), "{row:?}");
    }
    let text = "Le gouvernorat de Kaya a fait le point dans un communiqué. « Les blessés sont soignés à l'hôpital », \
                précise le communiqué.";
    let q = quotes(text);
    assert_eq!(q[0].1.as_deref(), Some("le communiqué"), "{q:?}");
    assert!(q[0].2.is_some(), "{q:?}");
    // "read" is a verb of speech only after a record.
    let c = claims("The minister read the names of the victims aloud in parliament.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_request_or_an_ordinary_verb_is_no_claim() {
    assert!(claims("Le maire a demandé l'évacuation de 500 habitants du quartier inondé.").is_empty());
    let c = claims("A police officer who asked not to be identified said the gunmen fled on motorbikes.");
    let source = "A police officer who asked not to be identified".to_string();
    assert_eq!(c, vec![("the gunmen fled on motorbikes".to_string(), vec![source])]);
    let c = claims("Les 300 casques bleus assurent la sécurité du camp depuis mars, a indiqué l'ONU.");
    assert_eq!(c[0].1, vec!["l'ONU"]);
}

#[test]
fn a_participle_qualifying_the_source_s_noun_is_no_verb_of_it() {
    for source in [
        "aid groups",
        "state-run media",
        "officials speaking on condition of anonymity",
        "residents reached by telephone",
    ] {
        let c = claims(&format!("The storm destroyed hundreds of homes in the valley, {source} said."));
        let claim = "The storm destroyed hundreds of homes in the valley".to_string();
        assert_eq!(c, vec![(claim, vec![source.to_string()])]);
    }
    // Only the words up to the next comma make a clause after the cue.
    let c = claims("The fire tore through the market on Friday, the mayor said, adding that two people were hurt.");
    assert_eq!(c[0], ("The fire tore through the market on Friday".to_string(), vec!["the mayor".to_string()]));
    assert_eq!(c[1], ("two people were hurt".to_string(), vec!["the mayor".to_string()]));
}

#[test]
fn the_issuer_of_a_statement_is_the_name_just_before_it_not_the_first_in_the_sentence() {
    let text = "Police arrested Daniel Brooks, 34, on Friday, the Interior Ministry said in a statement.\n\nThe statement read: \"The suspect was armed and will appear before a judge.\"";
    let q = quotes(text);
    assert_eq!(q[0].2.as_deref(), Some("Interior Ministry"), "{q:?}");
    let text = "Le juge Paul Martin a ordonné sa détention, a indiqué la préfecture du Rhône dans un communiqué. « Le suspect était armé », précise le communiqué.";
    let q = quotes(text);
    assert_ne!(q[0].2.as_deref(), Some("Paul Martin"), "{q:?}");
}

#[test]
fn the_last_words_of_a_quote_are_no_claim_of_their_own() {
    let text = "« Il fallait disperser la foule. La police est intervenue rapidement », a déclaré Marc Ilunga.";
    assert!(attributions(text).is_empty(), "{:?}", attributions(text));
    assert_eq!(quotes(text)[0].1.as_deref(), Some("Marc Ilunga"));
    // A claim that only holds a quoted word is still a claim.
    let a = attributions("Le bilan est « très lourd », a déclaré Marc Ilunga.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("Le bilan est « très lourd »", "Marc Ilunga"));
    let text = "\"We had to clear the square. The police moved in quickly,\" Marc Ilunga said.";
    assert!(attributions(text).is_empty(), "{:?}", attributions(text));
}

#[test]
fn a_time_after_an_inverted_speaker_is_not_part_of_it() {
    let a = attributions("La route reste coupée au nord de la ville, a indiqué Nadia Kaboré mardi.");
    assert_eq!(a[0].1[0].0, "Nadia Kaboré");
    let q = quotes("« La route reste coupée », a précisé Nadia Kaboré mardi soir.");
    assert_eq!(q[0].1.as_deref(), Some("Nadia Kaboré"));
    let q = quotes("\"The road is still cut,\" said Nadia Kaboré on Tuesday night.");
    assert_eq!(q[0].1.as_deref(), Some("Nadia Kaboré"));
}

#[test]
fn locals_and_villagers_are_witnesses_and_fait_savoir_is_a_cue() {
    let a = attributions("Locals said gunmen stormed the village before dawn and took six people.");
    assert_eq!((a[0].1[0].0.as_str(), a[0].1[0].2.as_str()), ("Locals", "witness"));
    let a = attributions("Des villageois ont affirmé que des hommes armés avaient emmené six personnes.");
    assert_eq!((a[0].1[0].0.as_str(), a[0].1[0].2.as_str()), ("Des villageois", "witness"));
    let q = quotes("« Nous avons décidé d'annuler le meeting », fait savoir Marc Ilunga.");
    assert_eq!(q[0].1.as_deref(), Some("Marc Ilunga"));
}

#[test]
fn a_phrase_opening_with_a_preposition_is_never_the_speaker() {
    // The quoted words go on after the marks; the subject follows the verb.
    let q = quotes("« Deux puits ont été détruits » par les pillards, a ajouté la même source.");
    assert_eq!(q[0].1.as_deref(), Some("la même source"));
    let q = quotes("\"Two trucks were taken\" from the base, said a police officer.");
    assert_eq!(q[0].1.as_deref(), Some("a police officer"));
    // Not past a source already given and a clause of its own.
    let q = quotes("The army \"sent reinforcements\" to the city, according to a military official, who says that the attackers fled.");
    assert_eq!(q[0].1.as_deref(), Some("a military official"));
    // A place set off by commas before an inverted verb is no apposition.
    let a = attributions(
        "L'embuscade a eu lieu aux abords du hameau de Kora, près de la rivière, a affirmé une source militaire.",
    );
    assert_eq!(a[0].1[0].0, "une source militaire");
}

#[test]
fn a_participle_after_an_inverted_source_belongs_to_it() {
    let a = attributions("Le convoi a été visé près du pont, a affirmé un officier joint par téléphone.");
    assert_eq!(a[0].1[0].0, "un officier joint par téléphone");
    let a = attributions("The raid hit a school near the market, said a police officer reached by phone.");
    assert_eq!(a[0].1[0].0, "a police officer reached by phone");
    // Words after the verb that make a clause are still the claim.
    let a = attributions("Abdi Warsame, a spokesman, said the raid hit a school.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("the raid hit a school", "Abdi Warsame"));
}

#[test]
fn they_after_the_claim_is_a_source() {
    let a = attributions(
        "Bandits killed 16 people in the raids, officials said on Tuesday.\n\nGunmen stormed four villages on Sunday, they said.",
    );
    assert_eq!(a[1].0, "Gunmen stormed four villages on Sunday");
    assert_eq!(a[1].1[0].0, "they");
}

#[test]
fn a_verb_bringing_in_quoted_words_gives_them_its_subject() {
    let q = quotes("Le ministre Paul Garnier a demandé aux syndicats de « désavouer ces violences sans réserve ».");
    assert_eq!(q[0].1.as_deref(), Some("Le ministre Paul Garnier"));
    let q = quotes("The governor called on residents to \"stay indoors until the storm has passed\".");
    assert_eq!(q[0].1.as_deref(), Some("The governor"));
    // Such a verb makes no claim of its own.
    assert!(attributions("Le maire a demandé aux habitants de rester chez eux.").is_empty());
}

#[test]
fn doctors_are_a_source_and_an_ngo_named_by_its_word_stays_one() {
    let a = attributions(
        "The injured were flown to the regional clinic, where doctors said every surgeon had been recalled.",
    );
    assert_eq!(
        (a[0].0.as_str(), a[0].1[0].0.as_str(), a[0].1[0].2.as_str()),
        ("every surgeon had been recalled", "doctors", "official")
    );
    let a = attributions("Les blessés ont été transportés à l'hôpital, où des médecins ont indiqué que trois d'entre eux étaient dans un état grave.");
    assert_eq!(a[0].1[0].0, "des médecins");
    let a = attributions("Doctors Without Borders said the clinic was hit twice.");
    assert_eq!(a[0].1[0].2, "ngo");
}

#[test]
fn what_they_said_opens_a_clause_of_its_own() {
    let a = attributions("Nurses walked out in the capital over what they said were unpaid wages.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("were unpaid wages", "they"));
}

#[test]
fn the_quoted_sentence_going_on_after_the_marks_leaves_the_subject_after_the_verb() {
    let q = quotes("« On compte au moins six morts, dont le gardien » posté à l'entrée, a précisé le juge.");
    assert_eq!(q[0].1.as_deref(), Some("le juge"));
    let q = quotes(
        "\"Les quatre marins ont été relâchés\" ce matin par leurs ravisseurs, a indiqué par téléphone Marc Delorme.",
    );
    assert_eq!(q[0].1.as_deref(), Some("Marc Delorme"));
    let q = quotes("\"We found two more bodies,\" he said by telephone.");
    assert_eq!(q[0].1.as_deref(), Some("he"));
}

#[test]
fn an_aside_between_the_auxiliary_and_the_verb_belongs_to_the_cue() {
    let q = quotes("« Les recherches continuent », a pour sa part indiqué Karim Haddad, porte-parole du ministère.");
    assert_eq!((q[0].1.as_deref(), q[0].4.as_deref()), (Some("Karim Haddad"), Some("a pour sa part indiqué")));
    let a = attributions("Le bilan pourrait encore évoluer, a, de son côté, souligné le ministre.");
    assert_eq!(a[0].1[0].0, "le ministre");
    let a = attributions("The toll could still rise, the governor has for his part said.");
    assert_eq!(a[0].1[0].0, "the governor");
}

#[test]
fn suggested_claim_campaigners_and_a_short_clause_with_a_verb() {
    let a = attributions("Early estimates suggested that some 3,000 pilgrims had crowded onto the bridge.");
    assert_eq!(a[0].1[0].0, "Early estimates");
    let a = attributions("Local aid workers claim the real number of victims is far higher.");
    assert_eq!(a[0].0, "the real number of victims is far higher");
    let a = attributions("Some local campaigners said soldiers detained 8 students at the gate.");
    assert_eq!((a[0].1[0].0.as_str(), a[0].1[0].2.as_str()), ("Some local campaigners", "ngo"));
    let a = attributions("Police Superintendent Ravi Temu spoke to reporters. Temu initially said 40 had died.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("40 had died", "Temu"));
}

#[test]
fn a_verb_with_its_own_subject_gives_the_claim_before_a_later_marker() {
    let a = attributions(
        "On Monday, Ahmet Kaya said two divers were still searching the wreck, according to messages he had seen.",
    );
    assert_eq!(a[0].1[0].0, "Ahmet Kaya");
    let a = attributions("At least 12 people died in the blast, according to officials.");
    assert_eq!(a[0].1[0].0, "officials");
}

#[test]
fn a_headline_names_its_source_at_its_end() {
    let a = attributions("Army shells village, killing seven: sources\n\nThe shelling began at dawn, residents said.");
    assert_eq!(
        (a[0].0.as_str(), a[0].1[0].0.as_str(), a[0].2.as_str()),
        ("Army shells village, killing seven", "sources", ":")
    );
    let a = attributions(
        "Haïti : douze otages libérés par un gang (police)\n\nLes otages ont été relâchés jeudi, selon la police.",
    );
    assert_eq!((a[0].1[0].0.as_str(), a[0].2.as_str()), ("police", "()"));
    // A headline's label or a section after a colon is no source.
    let a = attributions("Crisis in the Sahel: what we know\n\nThe army said on Monday that it had retaken the town.");
    assert_eq!(a.len(), 1, "{a:?}");
}

#[test]
fn a_reaction_is_speech_and_a_comma_after_the_outlet_is_skipped() {
    let q = quotes("« Nos volontaires sont sains et saufs ! », a réagi Hope Aid Ministries, l'ONG qui les emploie.");
    assert_eq!(q[0].1.as_deref(), Some("Hope Aid Ministries"));
    let q = quotes(
        "« Les tirs ont duré une heure », a dit à RADIO-KIVU, le porte-parole de la police, le colonel Jean Mulumba.",
    );
    assert!(q[0].1.as_deref().is_some_and(|s| s.starts_with("le porte-parole de la police")), "{q:?}");
}

#[test]
fn a_source_naming_a_place_or_body_and_a_person_is_the_person() {
    let q = quotes("\"The search goes on,\" Nairobi county commissioner Peter Otieno Wafula said.");
    assert_eq!(q[0].2.as_deref(), Some("Peter Otieno Wafula"), "{q:?}");
}

#[test]
fn each_clause_with_a_speaker_of_its_own_is_a_claim() {
    let c = claims("The army said two soldiers were wounded, while residents said they had heard shelling all night.");
    assert_eq!(
        c,
        vec![
            ("two soldiers were wounded".to_string(), vec!["The army".to_string()]),
            ("they had heard shelling all night".to_string(), vec!["residents".to_string()]),
        ]
    );
    let c = claims(
        "Trois maisons ont brûlé, a indiqué la protection civile, tandis que les habitants ont affirmé avoir vu des flammes.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].0, "Trois maisons ont brûlé");
    assert_eq!(c[1].1, vec!["les habitants".to_string()]);
    // A second "that" of the same speaker is no claim of its own.
    let c = claims("The mayor said the road was closed, and that crews would work overnight.");
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn a_role_and_the_name_after_it_are_one_source_and_the_role_later_stands_for_the_name() {
    let a = attributions(
        "Nine villagers were freed, said the interior minister, Paul Ndiaye. The kidnappers fled north, the minister said.",
    );
    assert_eq!(a[0].1.len(), 1, "{a:?}");
    assert_eq!(a[0].1[0].0, "the interior minister, Paul Ndiaye");
    assert_eq!(a[1].1[0].1.as_deref(), Some("Paul Ndiaye"));
    let a = attributions(
        "Neuf villageois ont été libérés, a annoncé le ministre de l'Intérieur, le général Paul Ndiaye. Les ravisseurs ont fui vers le nord, affirme le ministre.",
    );
    assert_eq!(a[0].1[0].1.as_deref(), Some("Paul Ndiaye"));
    assert_eq!(a[1].1[0].1.as_deref(), Some("Paul Ndiaye"));
}

#[test]
fn a_source_with_a_participle_and_its_object_after_the_claim() {
    let c = claims("Shelling killed six civilians, a spokesman for a militia fighting the army told reporters.");
    assert_eq!(c[0].1, vec!["a spokesman for a militia fighting the army".to_string()]);
}

#[test]
fn a_verb_of_speech_joined_to_the_first_verb_shares_its_subject() {
    let a = attributions("Colonel Ruth Otieno confirmed the raid but said her unit had lost no one.");
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(a[0].0, "the raid");
    assert_eq!(a[1].0, "her unit had lost no one");
    assert_eq!(a[1].1[0].1.as_deref(), Some("Ruth Otieno"));
    let c = claims("Les pompiers ont maîtrisé le feu et ont affirmé que personne n'était blessé.");
    assert_eq!(c, vec![("personne n'était blessé".to_string(), vec!["Les pompiers".to_string()])]);
}

#[test]
fn an_aside_between_the_verb_and_its_claim() {
    let c = claims("The district officer, Ali Hassan, said, late on Sunday, armed men had blocked the road.");
    assert_eq!(c[0].0, "armed men had blocked the road");
    let c = claims("Le préfet a indiqué, en fin de journée, que la route restait fermée.");
    assert_eq!(c[0].0, "la route restait fermée");
}

#[test]
fn according_to_a_role_and_the_name_after_it() {
    let a = attributions("The fighting began at dawn, according to the mayor's deputy, Omar Diallo.");
    assert_eq!(a[0].1[0].0, "the mayor's deputy, Omar Diallo");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Omar Diallo"));
    let a = attributions("Les combats ont commencé à l'aube, selon l'adjoint au maire, Omar Diallo.");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Omar Diallo"));
}

#[test]
fn a_role_set_off_before_the_person_who_holds_it_gives_the_person() {
    for text in [
        "The governor of Kano State, Aminu Bello, said the schools would stay shut.",
        "Le préfet de la Somme, Claire Moreau, a assuré que les routes seraient rouvertes.",
    ] {
        let a = attributions(text);
        assert_eq!(a.len(), 1, "{text}: {a:?}");
        let names: Vec<Option<String>> = a[0].1.iter().map(|s| s.1.clone()).collect();
        assert!(
            names.iter().any(|n| n.as_deref() == Some("Aminu Bello") || n.as_deref() == Some("Claire Moreau")),
            "{text}: {a:?}"
        );
    }
    // An organisation with an apposition after it is still the organisation.
    let c = claims("The Observatory, a monitor based in Britain, reported that 12 fighters had died.");
    assert_eq!(c[0].1, vec!["The Observatory"]);
}

#[test]
fn an_apposition_whose_closing_comma_was_left_out_leaves_the_subject_before_it() {
    let c = claims("Le MRP, parti de l'opposant Karim Diallo évoque 23 morts dans les manifestations.");
    assert_eq!(c[0].1, vec!["Le MRP"], "{c:?}");
    let c = claims("The Union, coalition of the main opposition parties says 23 people died in the protests.");
    assert_eq!(c[0].1, vec!["The Union"], "{c:?}");
    // "parti" may be read as a participle: the apposition is the same.
    let c = claims("Le MRP, parti d'Amadou Keita évoque 12 morts et accuse la police de tirs à balles réelles.");
    assert_eq!(c[0].1, vec!["Le MRP"], "{c:?}");
    let c = claims("The Front, party of the former mayor claims 12 people were shot by the police.");
    assert_eq!(c[0].1, vec!["The Front"], "{c:?}");
}

#[test]
fn detailer_reports_a_claim_in_french() {
    let c = claims("Le convoi transportait du carburant et des vivres, a détaillé un médecin de l'hôpital.");
    assert_eq!(c[0].1, vec!["un médecin de l'hôpital"], "{c:?}");
}

#[test]
fn a_pronoun_after_a_sentence_an_organisation_opened_stands_for_it() {
    for (text, name) in [
        (
            "The charity Oxfam sent a team to the camp. It warned: \u{201c}Families have nothing left to eat.\u{201d}",
            "Oxfam",
        ),
        (
            "L'ONG Handicap International a envoyé une équipe dans le camp. Et elle alerte : « Les familles n'ont plus rien à manger. »",
            "Handicap International",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].2.as_deref(), Some(name), "{text}: {q:?}");
    }
    // A person named in between is who the pronoun stands for.
    let q = quotes("The charity Oxfam sent a team to the camp led by Maria Lopez. She warned: \u{201c}Families have nothing left.\u{201d}");
    assert_eq!(q[0].2.as_deref(), Some("Maria Lopez"), "{q:?}");
}

#[test]
fn a_present_participle_opening_the_sentence_is_no_claim_and_the_subject_follows_it() {
    let c = claims("Speaking on state television in the capital, the army chief confirmed the raid, but said his men had driven the attackers off.");
    assert_eq!(
        c,
        vec![
            ("the raid".to_string(), vec!["the army chief".to_string()]),
            ("his men had driven the attackers off".to_string(), vec!["the army chief".to_string()])
        ]
    );
    let c = claims("S'exprimant devant la presse, le chef d'état-major a confirmé le raid, mais a dit que ses hommes avaient repoussé les assaillants.");
    assert!(c.iter().all(|c| c.1 == vec!["le chef d'état-major".to_string()]), "{c:?}");
    assert!(c.iter().any(|c| c.0 == "ses hommes avaient repoussé les assaillants"), "{c:?}");
}

#[test]
fn a_french_verb_of_speech_in_the_imperfect_gives_the_speaker_after_a_time() {
    let q =
        quotes("« Nous avons retiré neuf corps des décombres », expliquait en fin de matinée le commandant Luc Fabre.");
    assert_eq!(q[0].2.as_deref(), Some("Luc Fabre"), "{q:?}");
    // The quote is a quote, not a claim too.
    assert!(attributions("« Nous resterons jusqu'au bout », a déclaré Luc Fabre.").is_empty());
}

#[test]
fn a_sentence_opening_with_de_meme_source_keeps_the_source_before() {
    let c = claims(
        "La préfecture a annoncé la fermeture des écoles. De même source, on précise que deux routes sont coupées.",
    );
    assert_eq!(c[1].0, "deux routes sont coupées");
    assert!(c[1].1.contains(&"La préfecture".to_string()), "{c:?}");
}

#[test]
fn a_verb_of_speech_read_as_a_noun_speaks_when_a_figure_or_a_determiner_follows() {
    let c = claims("The health ministry reports 12 deaths in the province.");
    assert_eq!(c[0].1, vec!["The health ministry"], "{c:?}");
    let c = claims("The aid agency estimates between 3,000 and 4,000 families have fled their villages.");
    assert_eq!(c[0].1, vec!["The aid agency"], "{c:?}");
    let c = claims("L'agence onusienne estime à 4 000 le nombre de familles qui ont fui leurs villages.");
    assert_eq!(c[0].1, vec!["L'agence onusienne"], "{c:?}");
    assert!(claims("The nine Sahel states met in Niamey on Monday.").is_empty());
    assert!(claims("Les neuf États du Sahel se sont réunis lundi à Niamey.").is_empty());
}

#[test]
fn a_passive_verb_of_speech_without_an_agent_names_no_source() {
    // Its subject is what was said, not who said it.
    let r = run("Nine villagers were reported wounded.");
    let figures = r["casualties"].as_array().unwrap();
    assert_eq!(figures.len(), 1);
    assert!(figures[0]["sources"].as_array().unwrap().is_empty(), "{figures:?}");
    assert!(claims("Nine villagers were reported wounded.").is_empty());
    let c = claims("The figure was confirmed by the health office.");
    assert!(c.iter().all(|(_, s)| !s.iter().any(|s| s.starts_with("The figure"))), "{c:?}");
    let c = claims("Neuf personnes ont été signalées blessées par la préfecture de la région.");
    assert!(c.iter().all(|(_, s)| !s.iter().any(|s| s.starts_with("Neuf"))), "{c:?}");
    // With its agent, the agent is the source.
    let c = claims("The death of the two guards was confirmed by the regional health office.");
    assert_eq!(c[0].1, vec!["the regional health office"], "{c:?}");
    let c = claims("Le décès des deux gardiens a été confirmé par la préfecture de la région.");
    assert_eq!(c[0].1, vec!["la préfecture de la région"], "{c:?}");
}

#[test]
fn a_verb_of_speech_before_an_infinitive_is_no_cue() {
    let c = claims("Smoke continues to rise over the port, the harbour master added.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, vec!["the harbour master"], "{c:?}");
    let c = claims("The minister said to reporters that the border would stay closed.");
    assert_eq!(c[0].1, vec!["The minister"], "{c:?}");
    let c = claims("La fumée continue de s'élever au-dessus du port, a ajouté le capitaine.");
    assert_eq!(c[0].1, vec!["le capitaine"], "{c:?}");
}

#[test]
fn a_reporter_that_learnt_the_claim_names_its_source_after_from() {
    let c = claims("Three guards were wounded in the raid, Reuters learned from the port authority.");
    assert_eq!(c[0].0, "Three guards were wounded in the raid", "{c:?}");
    assert_eq!(c[0].1, vec!["the port authority"], "{c:?}");
    let c = claims("Two boats sank near the reef, the agency learned on Tuesday from coastguard officers.");
    assert_eq!(c[0].1, vec!["coastguard officers"], "{c:?}");
    // The claim after the source: its "that" is no part of either.
    let c = claims("The broadcaster has learned from the fire service that the blaze began in a kitchen.");
    assert_eq!(c[0].1, vec!["the fire service"], "{c:?}");
    assert_eq!(c[0].0, "the blaze began in a kitchen", "{c:?}");
    let c = claims("Quatre mineurs sont bloqués au fond du puits, a appris l'AFP auprès de la compagnie.");
    assert_eq!(c[0].0, "Quatre mineurs sont bloqués au fond du puits", "{c:?}");
    assert_eq!(c[0].1, vec!["la compagnie"], "{c:?}");
    let c = claims("Le pont a cédé sous le poids du camion, a-t-on appris jeudi de sources municipales.");
    assert_eq!(c[0].1, vec!["sources municipales"], "{c:?}");
    // A source repeated with its preposition after "and" is two sources without it.
    let c = claims("Deux écoles sont fermées, a-t-on appris auprès de la mairie et de la gendarmerie.");
    assert_eq!(c[0].1, vec!["la mairie", "la gendarmerie"], "{c:?}");
    let c = claims("Two schools are shut, according to the council and to the police.");
    assert_eq!(c[0].1, vec!["the council", "the police"], "{c:?}");
    // Learning from something is no attribution.
    assert!(claims("The pilot learned from the crash in 2019.").is_empty());
    assert!(claims("Elle a appris de ses erreurs.").is_empty());
}

#[test]
fn a_passive_verb_of_speech_before_a_marker_leaves_the_marker_the_source() {
    let c = claims("Two sailors were reported missing after the storm, according to the navy.");
    assert_eq!(c[0].1, vec!["the navy"], "{c:?}");
    let c = claims("Deux marins ont été signalés disparus après la tempête, selon la marine.");
    assert_eq!(c[0].1, vec!["la marine"], "{c:?}");
}

#[test]
fn quoted_as_saying_names_the_one_quoted_or_the_subject() {
    let c = claims("A local radio station quoted a fisherman as saying the ferry had left without lights.");
    assert_eq!(c[0].1, vec!["a fisherman"], "{c:?}");
    assert_eq!(c[0].0, "the ferry had left without lights", "{c:?}");
    let c = claims("The harbour master was quoted as saying that the port would stay shut.");
    assert_eq!(c[0].1, vec!["The harbour master"], "{c:?}");
    assert_eq!(c[0].0, "the port would stay shut", "{c:?}");
    // Quoting a text is no claim.
    assert!(claims("The senator quoted the treaty in full.").is_empty());
}

#[test]
fn lives_a_verb_took_are_no_words_it_said() {
    let c = claims("The drought has claimed more than 2,000 lives, according to the relief agency.");
    assert_eq!(c[0].1, vec!["the relief agency"], "{c:?}");
    let c = claims("La sécheresse a coûté plus de 2 000 vies, selon l'agence humanitaire.");
    assert_eq!(c[0].1, vec!["l'agence humanitaire"], "{c:?}");
    // Claiming an attack still speaks.
    let c = claims("The group claimed the bombing in a statement.");
    assert_eq!(c[0].1, vec!["The group"], "{c:?}");
}

#[test]
fn a_verb_bringing_in_quoted_words_after_an_aside_or_of_feeling_gives_them_its_subject() {
    let q =
        quotes("Le syndicat des pilotes a quant à lui exhorté la direction à « rouvrir les discussions » dès lundi.");
    assert_eq!(q[0].1.as_deref(), Some("Le syndicat des pilotes"), "{q:?}");
    let q = quotes("La gouverneure Lise Ferrand a exprimé sa « profonde tristesse » après le naufrage.");
    assert_eq!(q[0].2.as_deref(), Some("Lise Ferrand"), "{q:?}");
    let q = quotes("Governor Lise Ferrand expressed her \u{201c}deep sorrow\u{201d} after the sinking.");
    assert_eq!(q[0].2.as_deref(), Some("Lise Ferrand"), "{q:?}");
}

#[test]
fn a_verb_of_speech_in_the_infinitive_takes_the_subject_of_the_verb_before_it() {
    let c = claims("The ferry company continues to say that the crossing was safe.");
    assert_eq!(c[0].1, vec!["The ferry company"], "{c:?}");
    let c = claims("La compagnie continue d'affirmer que la traversée était sûre.");
    assert_eq!(c[0].1, vec!["La compagnie"], "{c:?}");
}

/// The antecedent of each quote's speaker, as text.
fn antecedents(text: &str) -> Vec<Option<String>> {
    run(text)["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"]["antecedent"]["text"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_pronoun_that_names_no_entity_points_to_the_phrase_that_spoke_before_it() {
    let fr = antecedents(
        "Un gendarme de la brigade locale a confirmé l'accident. « Nous sommes arrivés après l'incendie », a-t-il dit.",
    );
    assert_eq!(fr, vec![Some("Un gendarme de la brigade locale".to_string())]);
    let en = antecedents("A police officer in the district confirmed the crash. \"It was too late to help,\" he said.");
    assert_eq!(en, vec![Some("A police officer in the district".to_string())]);
    // A plural pronoun does not stand for one person.
    let en = antecedents("A police officer confirmed the crash. \"We saw nothing,\" they said.");
    assert_eq!(en, vec![None]);
}

#[test]
fn this_source_points_to_the_source_named_before_it() {
    let fr = antecedents(
        "Trois personnes sont mortes, a-t-on appris auprès des pompiers du département. « Le feu a pris dans la cuisine », selon cette source.",
    );
    assert_eq!(fr, vec![Some("pompiers du département".to_string())]);
    let en = antecedents(
        "Three people died, the fire brigade of the county said. \"The fire started in the kitchen,\" this source added.",
    );
    assert_eq!(en, vec![Some("the fire brigade of the county".to_string())]);
}

#[test]
fn a_partial_quote_after_two_verbs_of_speech_is_the_subject_s_not_the_clause_s() {
    let en = quotes(
        "Marcus Obi thanked his supporters. He said the rallies were over but promised to chase out the \"corrupt elite\" soon.",
    );
    assert_eq!(en[0].1.as_deref(), Some("He"), "{en:?}");
    assert_eq!(en[0].2.as_deref(), Some("Marcus Obi"), "{en:?}");
    let fr = quotes(
        "Marcus Obi a remercié ses partisans. Il a déclaré que les rassemblements étaient finis mais a promis de chasser « l'élite corrompue » bientôt.",
    );
    assert_eq!(fr[0].1.as_deref(), Some("Il"), "{fr:?}");
    assert_eq!(fr[0].2.as_deref(), Some("Marcus Obi"), "{fr:?}");
}

#[test]
fn an_impersonal_inverted_verb_gives_the_source_after_it_or_none() {
    let text = "Le bac a chaviré près de la berge, selon la protection civile. « Nous cherchons encore deux passagers », a-t-on précisé de même source. « Le courant était fort », a-t-on indiqué.";
    let q = quotes(text);
    assert_eq!(q[0].1.as_deref(), Some("même source"), "{q:?}");
    assert_eq!(q[1].1, None, "{q:?}");
    let c = claims(
        "Deux pêcheurs ont été secourus mardi, a-t-on appris de source portuaire. Le moteur était en panne, a-t-on précisé de même source. La mer était agitée, a-t-on indiqué.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].1, vec!["source portuaire"]);
    assert_eq!(c[1].0, "Le moteur était en panne");
    assert_eq!(c[1].1[0], "même source");
}

#[test]
fn a_participle_between_a_determiner_and_its_noun_is_no_verb_of_speech() {
    let en = claims(
        "Six villagers were killed when gunmen raided a market on Sunday, the latest reported attack in the region, a local official said.",
    );
    assert_eq!(en.len(), 1, "{en:?}");
    assert_eq!(en[0].1, vec!["a local official"]);
}

#[test]
fn a_source_set_off_by_an_apposition_before_the_verb_and_its_time() {
    let en = claims(
        "Two workers died in the blast, Nordmet, the regional arm of a mining group which runs the pit, said on Monday.",
    );
    assert_eq!(en[0].0, "Two workers died in the blast");
    assert_eq!(en[0].1, vec!["Nordmet"]);
}

#[test]
fn a_pronoun_stands_for_someone_described_who_spoke_after_the_last_name() {
    let text = "Ambassador Lena Hartwig condemned the abductions. Gunmen stopped two buses on Tuesday, a student who escaped said. \"They beat the passengers,\" he said.";
    assert_eq!(quotes(text)[0].2, None);
    assert_eq!(antecedents(text), vec![Some("a student who escaped".to_string())]);
    let fr = antecedents(
        "L'ambassadrice Lena Hartwig a condamné les enlèvements. Des inconnus ont intercepté deux bus mardi, a déclaré un étudiant qui s'est échappé. « Ils ont frappé les passagers », a-t-il dit.",
    );
    assert_eq!(fr, vec![Some("un étudiant".to_string())]);
    // The subject of the sentence with the name, when no one described spoke since.
    let en = quotes("Ambassador Lena Hartwig condemned the abductions. \"They beat the passengers,\" she said.");
    assert_eq!(en[0].2.as_deref(), Some("Lena Hartwig"));
}

#[test]
fn a_paragraph_that_names_someone_and_ends_with_a_colon_introduces_the_quote_after_it() {
    let en = quotes("Roads were closed in the north.\n\nPolice spokesman Tomas Reyes:\n\n\u{201c}Stay at home until the water goes down.\u{201d}");
    assert_eq!(en[0].2.as_deref(), Some("Tomas Reyes"), "{en:?}");
    let fr = quotes("Des routes ont été coupées dans le nord.\n\nLe chef des pompiers, Tomas Reyes :\n\n« Restez chez vous jusqu'à la décrue. »");
    assert_eq!(fr[0].2.as_deref(), Some("Tomas Reyes"), "{fr:?}");
}

#[test]
fn a_paragraph_of_one_quote_with_no_cue_goes_on_with_the_person_who_spoke_before() {
    let en = quotes("Governor Ada Nwosu said four villages were still cut off.\n\n\"We are doing everything we can to reach them.\"\n\nAid arrived on Friday.");
    assert_eq!(en[0].2.as_deref(), Some("Ada Nwosu"), "{en:?}");
    let fr = quotes("La gouverneure Ada Nwosu a indiqué que quatre villages restaient isolés.\n\n« Nous faisons tout pour les atteindre. »");
    assert_eq!(fr[0].2.as_deref(), Some("Ada Nwosu"), "{fr:?}");
    // Not after a body that spoke, and not a quoted line set as a heading.
    let en = quotes("The ministry said four villages were still cut off.\n\n\"We are doing everything we can.\"");
    assert_eq!(en[0].1, None, "{en:?}");
    let fr = quotes("La gouverneure Ada Nwosu a indiqué que quatre villages restaient isolés.\n\n« Coupés du monde »\n\nLes secours sont arrivés vendredi.");
    assert_eq!(fr[0].1, None, "{fr:?}");
}

#[test]
fn someone_described_with_a_place_is_still_someone_for_a_pronoun() {
    let fr = antecedents(
        "Le ministre Paul Adamou a visité la ville. Les routes ont été coupées lundi, a raconté un chauffeur de la gare de Tessaoua. « Tout a été emporté », a-t-il dit.",
    );
    assert_eq!(fr, vec![Some("un chauffeur de la gare de Tessaoua".to_string())]);
    let en = antecedents(
        "Minister Paul Adamou visited the town. Roads were cut on Monday, a driver from the Tessaoua bus station said. \"Everything was swept away,\" he said.",
    );
    assert_eq!(en, vec![Some("a driver from the Tessaoua bus station".to_string())]);
}

#[test]
fn a_speaker_set_off_by_asides_before_the_verb_is_the_phrase_the_sentence_opens_with() {
    let fr = antecedents(
        "Un gendarme de la brigade, à une vingtaine de kilomètres du port, lieu du naufrage, a confirmé l'accident. « Il était trop tard », a-t-il dit.",
    );
    assert_eq!(fr, vec![Some("Un gendarme de la brigade".to_string())]);
    let en = antecedents(
        "A coastguard officer in the district, some 20 km from the port, confirmed the sinking. \"It was too late,\" he said.",
    );
    assert_eq!(en, vec![Some("A coastguard officer in the district".to_string())]);
    // Not a time or quoted words that open the sentence.
    let fr = antecedents("Vers 19 h, la situation a changé, a précisé le porte-parole Marc Ilunga. « La foule avançait », a-t-il ajouté.");
    assert_eq!(fr, vec![None]);
}

#[test]
fn an_impersonal_pronoun_is_no_speaker() {
    let q = quotes("Par ailleurs, on précise que le relevé mentionne « des routes coupées à plusieurs endroits ».");
    assert_eq!(q[0].1, None, "{q:?}");
}

#[test]
fn a_subject_before_a_verb_of_speech_in_an_aside_is_no_antecedent_and_a_bare_heading_no_speaker() {
    let en = quotes("Mayor Ruth Okafor visited the site. The fire, she said, started in the kitchen. \"We are devastated,\" she added.");
    assert_eq!(en[0].2.as_deref(), Some("Ruth Okafor"), "{en:?}");
    let en = quotes("Roads were cut.\n\nRead the full statement below:\n\n\"We will rebuild the bridge.\"");
    assert_eq!(en[0].1, None, "{en:?}");
    let fr = quotes("Des routes ont été coupées.\n\nExtraits du communiqué :\n\n« Nous reconstruirons le pont. »");
    assert_eq!(fr[0].1, None, "{fr:?}");
}

#[test]
fn a_quote_with_no_cue_after_a_persons_claim_in_the_same_paragraph_is_theirs() {
    let en = quotes(
        "The road is closed, said Amara Diallo, the district engineer. \"We cannot reopen it before the rains stop.\"",
    );
    assert_eq!(en[0].1.as_deref(), Some("Amara Diallo"), "{en:?}");
    let fr = quotes(
        "La route reste coupée, a précisé Claire Morin, ingénieure du district. « Nous ne pourrons pas la rouvrir avant la fin des pluies. »",
    );
    assert_eq!(fr[0].1.as_deref(), Some("Claire Morin"), "{fr:?}");
}

#[test]
fn a_sentence_that_opens_with_the_speaker_after_a_whole_quote_names_them() {
    let en = quotes("\"The convoy is safe. The drivers are unhurt.\" Okonkwo said, adding that the road was open.");
    assert_eq!(en[0].1.as_deref(), Some("Okonkwo"), "{en:?}");
    let fr = quotes(
        "« Le convoi est en sécurité. » Le préfet a ajouté, lors d'un point presse, que la route était rouverte.",
    );
    assert_eq!(fr[0].1.as_deref(), Some("Le préfet"), "{fr:?}");
    // Not someone whose own claim follows.
    let en = quotes("\"We lost everything.\" Police said 200 homes were destroyed in the district.");
    assert_eq!(en[0].1, None, "{en:?}");
    // Not quoted words inside a sentence, then a claim of someone else.
    let fr = quotes(
        "« Nous rappelons que la loi s'applique à tous », a déclaré la police, en dénonçant des « rassemblements interdits. » Selon les pompiers, deux voitures ont brûlé.",
    );
    assert_eq!(fr.len(), 2, "{fr:?}");
    assert_ne!(fr[1].1.as_deref(), Some("les pompiers"), "{fr:?}");
}

#[test]
fn a_verb_of_speech_set_off_inside_its_claim_gives_the_whole_sentence() {
    let en = claims("The gunmen, police said, escaped towards the border.");
    assert_eq!(
        en,
        vec![("The gunmen, police said, escaped towards the border".to_string(), vec!["police".to_string()])]
    );
    let en = claims("Near the market, she said, two trucks burned.");
    assert_eq!(en[0].1, vec!["she"], "{en:?}");
    let en = claims("The gunmen, police said on Monday, escaped towards the border.");
    assert_eq!(en[0].0, "The gunmen, police said on Monday, escaped towards the border", "{en:?}");
    let fr = claims("Les assaillants, a-t-il précisé, ont fui vers la frontière.");
    assert_eq!(fr[0].1, vec!["il"], "{fr:?}");
    let fr = claims("La plupart, racontent-elles, ont marché trois jours.");
    assert_eq!(fr[0].1, vec!["elles"], "{fr:?}");
    // Words with a verb of their own before the commas are a claim of their own.
    let en = claims("The convoy left at dawn, he said, and reached the camp by noon.");
    assert!(en.iter().all(|(c, _)| !c.starts_with("The convoy left at dawn, he said")), "{en:?}");
}

#[test]
fn an_inverted_verb_of_speech_after_the_claim_names_its_pronoun() {
    let fr = claims("Les routes restent coupées, estime-t-elle.");
    assert_eq!(fr, vec![("Les routes restent coupées".to_string(), vec!["elle".to_string()])]);
}

#[test]
fn whom_it_was_told_with_an_acronym_is_no_source() {
    let fr =
        claims("Le bilan s'est alourdi, a déclaré à Radio Télévision Nationale (RTN) un officier de la gendarmerie.");
    assert_eq!(fr[0].1, vec!["un officier de la gendarmerie"], "{fr:?}");
}

#[test]
fn a_paragraph_that_ends_with_a_subject_and_a_verb_of_speech_introduces_the_quote() {
    let en = quotes(
        "Governor Ada Nwosu toured the camp.\n\nThe governor added:\n\n\"Every family will get a tent by Friday.\"",
    );
    assert_eq!(en[0].1.as_deref(), Some("The governor"), "{en:?}");
    let fr = quotes("La gouverneure Ada Nwosu a visité le camp.\n\nLa gouverneure a ajouté :\n\n« Chaque famille aura une tente vendredi. »");
    assert_eq!(fr[0].1.as_deref(), Some("La gouverneure"), "{fr:?}");
}

#[test]
fn straight_single_marks_quote_and_apostrophes_do_not() {
    let en = quotes("'We can't reach the upper valley yet, the bridges are gone,' said Ruth Mensah.");
    assert_eq!(en.len(), 1, "{en:?}");
    assert_eq!(en[0].0, "We can't reach the upper valley yet, the bridges are gone");
    assert_eq!(en[0].1.as_deref(), Some("Ruth Mensah"));
    // Apostrophes: a plural possessive, a decade, elisions.
    assert!(quotes("The farmers' cooperative lost its stores, as in the '90s.").is_empty());
    assert!(quotes("L'armée a repris l'aéroport d'Agadez, selon l'état-major.").is_empty());
    // A mark that never closes opens nothing.
    assert!(quotes("'Tis the season, the mayor joked on Friday").is_empty());
}

#[test]
fn a_subject_after_a_set_off_verb_of_speech_gives_the_whole_sentence() {
    let fr = claims("Les assaillants, a indiqué la police, ont pris la fuite vers la frontière.");
    assert_eq!(
        fr,
        vec![(
            "Les assaillants, a indiqué la police, ont pris la fuite vers la frontière".to_string(),
            vec!["la police".to_string()]
        )]
    );
    let fr = claims("Les deux blessés, a précisé jeudi la préfecture, ont été évacués vers Gap.");
    assert_eq!(fr[0].1, vec!["la préfecture"], "{fr:?}");
    // An object after the verb, and no verb of the claim after it: not a subject.
    let fr =
        claims("Un gendarme du canton, à dix kilomètres du village, a confirmé cette attaque, sans plus de détails.");
    assert!(fr.iter().all(|(_, s)| s != &vec!["cette attaque".to_string()]), "{fr:?}");
    // A participle with no auxiliary qualifies the noun before it.
    assert!(claims("Le rapport, écrit par la police, a été publié jeudi.").is_empty());
}

#[test]
fn the_name_before_an_apposition_and_a_clause_about_its_place_is_the_speaker() {
    let q = quotes(
        "\u{201c}Six people are dead,\u{201d} Ravi Menon, a senior police officer in the district of Kollam, where the bus overturned, told reporters.",
    );
    assert_eq!(q[0].1.as_deref(), Some("Ravi Menon"), "{q:?}");
    let fr = claims(
        "Ravi Menon, un responsable de la police du district, où le car s'est renversé, a déclaré que six personnes étaient mortes.",
    );
    assert_eq!(fr[0].1, vec!["Ravi Menon"], "{fr:?}");
    let en = claims("The Observatory, a monitor in London, which relies on local sources, said 12 people died.");
    assert_eq!(en[0].1, vec!["The Observatory"], "{en:?}");
    // A place before the apposition is no speaker.
    let en = claims("In Kollam, a police officer, who asked not to be named, said six people died.");
    assert_eq!(en[0].1, vec!["a police officer"], "{en:?}");
}

#[test]
fn a_person_before_a_relative_clause_whose_comma_is_missing_is_the_source() {
    let en = claims("Governor Amina Bello, who toured the camp said about 3,000 families needed shelter.");
    assert_eq!(en[0].1, vec!["Governor Amina Bello"], "{en:?}");
    let fr = claims(
        "La gouverneure Amina Bello, qui a visité le camp a déclaré que 3 000 familles avaient besoin d'un abri.",
    );
    assert_eq!(fr[0].1, vec!["La gouverneure Amina Bello"], "{fr:?}");
}

#[test]
fn the_that_after_a_clause_of_its_own_opens_no_claim_and_a_source_cited_is_an_aside() {
    let en = claims("Police said they were checking reports that the driver had fled.");
    assert_eq!(en[0].0, "they were checking reports that the driver had fled", "{en:?}");
    let fr = claims("La police a indiqué qu'elle vérifiait des informations selon lesquelles le chauffeur avait fui.");
    assert_eq!(fr[0].0, "elle vérifiait des informations selon lesquelles le chauffeur avait fui", "{fr:?}");
    let en = claims("The Daily Star, citing hospital sources, said the fire started in a kitchen.");
    assert_eq!(en, vec![("the fire started in a kitchen".to_string(), vec!["The Daily Star".to_string()])]);
    let fr = claims("Le quotidien, citant des sources hospitalières, a affirmé que le feu était parti d'une cuisine.");
    assert_eq!(fr[0].1, vec!["Le quotidien"], "{fr:?}");
    // After the claim, "citing" still names the source.
    let en = claims("The fire started in a kitchen, citing hospital sources.");
    assert_eq!(en[0].1, vec!["hospital sources"], "{en:?}");
}

#[test]
fn a_source_named_with_a_compound_on_an_abbreviation_stays_whole() {
    let en = claims("At least 80 people have died, according to a tally by U.K.-based monitor Airwars.");
    assert_eq!(en[0].1, vec!["U.K.-based monitor Airwars"], "{en:?}");
}

#[test]
fn verbs_of_speech_in_the_imperfect_give_their_claims() {
    let fr = claims("Le ministre de l'Intérieur évoquait 2 150 morts ; l'OMS faisait état de 2 300 victimes.");
    assert_eq!(fr[0].1, vec!["Le ministre de l'Intérieur"], "{fr:?}");
    assert_eq!(fr[1].1, vec!["l'OMS"], "{fr:?}");
}

#[test]
fn a_place_set_off_between_the_verb_and_the_speaker_is_passed_over() {
    let q = quotes("« Nous manquons de tout », a affirmé à Reuters, depuis Tripoli, le porte-parole de la Protection civile, Omar Haddad.");
    assert_eq!(q[0].2.as_deref(), Some("Omar Haddad"), "{q:?}");
}

#[test]
fn according_to_him_gives_the_person_named_before() {
    let r = run(
        "\u{ab} La police a arrêté 16 personnes \u{bb}, a déclaré un responsable de la garde, Karim Saidi. Selon lui, les heurts ont duré \u{ab} jusqu'à l'aube dans le quartier \u{bb}.",
    );
    assert_eq!(quotes_of(&r), vec![Some("Karim Saidi".to_string()), Some("Karim Saidi".to_string())]);
    let r = run(
        "\u{201c}Police arrested 16 people,\u{201d} said a guard official, Karim Saidi. According to him, the clashes lasted \u{201c}until dawn in the district\u{201d}.",
    );
    assert_eq!(quotes_of(&r), vec![Some("Karim Saidi".to_string()), Some("Karim Saidi".to_string())]);
}

#[test]
fn a_participle_of_speech_after_with_and_its_subject_gives_a_claim() {
    let en = claims("Nine people died in the blaze, with firefighters saying the exits had been locked.");
    assert_eq!(en[0], ("the exits had been locked".to_string(), vec!["firefighters".to_string()]), "{en:?}");
    let fr = claims("Neuf clients ont péri dans le feu, avec des pompiers affirmant que les sorties étaient fermées.");
    assert_eq!(fr[0].1, vec!["des pompiers"], "{fr:?}");
}

#[test]
fn narrow_readings_of_the_new_sources_leave_innocent_sentences_alone() {
    // A toll disputed by others is not the agent's claim.
    assert!(claims("The toll given by the ministry was disputed by three aid groups.").is_empty());
    // Whom it was said to is no part of an inverted subject.
    let fr = claims("Le pont, a expliqué le maire à Reuters, a été emporté.");
    assert_eq!(fr[0].1, vec!["le maire"], "{fr:?}");
    // A verb inside a clause within the relative clause is not the sentence's.
    let en = claims("Jane Moss, who met the man who said he saw the crash, told reporters that 12 died.");
    assert_eq!(en[0], ("12 died".to_string(), vec!["Jane Moss".to_string()]), "{en:?}");
    assert!(claims("John Smith, who visited the camp that officials said was full, was shocked.")
        .iter()
        .all(|(_, s)| s != &vec!["John Smith".to_string()]));
    // A verb that speaks only before a figure.
    assert!(claims("Le paysage évoquait une scène de guerre après l'explosion.").is_empty());
}

#[test]
fn a_speaker_named_after_the_means_of_the_statement() {
    let q = quotes("\u{ab} Les recherches continuent \u{bb}, a affirmé dans une déclaration Jean Dupont, responsable des secours de la région.");
    assert_eq!(q[0].2.as_deref(), Some("Jean Dupont"));
    let c = claims("Trois civils ont été blessés, a indiqué dans un communiqué Marie Leclerc.");
    assert_eq!(c[0].1, vec!["Marie Leclerc"]);
    let q = quotes("\u{201c}The search goes on,\u{201d} said in a statement John Miller, head of the rescue service.");
    assert_eq!(q[0].2.as_deref(), Some("John Miller"));
}

#[test]
fn a_relative_clause_after_a_description_speaks_for_the_person_described() {
    let q = quotes("\u{ab} Les recherches continuent \u{bb}, a déclaré Jean Dupont, responsable des secours de la région du Nord, qui précise que \u{ab} le bilan pourrait augmenter \u{bb}.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2.as_deref(), Some("Jean Dupont"));
    let q = quotes("\u{201c}The search goes on,\u{201d} said John Miller, head of the rescue service in the north, who warned that \u{201c}the toll could rise\u{201d}.");
    assert_eq!(q[1].2.as_deref(), Some("John Miller"));
    // A name inside the description's complement is someone else.
    let q = quotes("Les enquêteurs ont interrogé le voisin de Paul Martin, un retraité, qui affirme que \u{ab} personne n'a rien vu \u{bb}.");
    assert_ne!(q[0].2.as_deref(), Some("Paul Martin"), "{q:?}");
}

#[test]
fn a_source_after_a_marker_leaves_out_its_statement_and_its_day() {
    let c = claims("Two soldiers were killed on Sunday, according to the army in a statement. Five people died, according to the police on Monday.");
    assert_eq!(c[0].1, vec!["the army"]);
    assert_eq!(c[1].1, vec!["the police"]);
    let c = claims("Deux soldats ont été tués dimanche, selon l'armée dans un communiqué. Cinq personnes sont mortes, selon la police lundi.");
    assert_eq!(c[0].1, vec!["l'armée"]);
    assert_eq!(c[1].1, vec!["la police"]);
    // A record that is the source itself stays, and so does a name.
    let c = claims("The violence has killed 400 people, according to a Reuters tally.");
    assert_eq!(c[0].1, vec!["a Reuters tally"]);
    let c = claims("According to the Centre for Data on Conflict, 300 civilians were killed.");
    assert_eq!(c[0].1, vec!["the Centre for Data on Conflict"]);
}

#[test]
fn a_clause_opened_by_as_names_who_said_the_rest() {
    let c = claims("Three civilians were wounded, as police said. As the ministry said on Monday, five people were killed in the raid.");
    assert_eq!(c[0], ("Three civilians were wounded".to_string(), vec!["police".to_string()]));
    assert_eq!(c[1], ("five people were killed in the raid".to_string(), vec!["the ministry".to_string()]));
    let c = claims("Les combats ont repris, comme l'a indiqué la police. Comme l'a rapporté la presse locale, cinq personnes ont été tuées.");
    assert_eq!(c[0], ("Les combats ont repris".to_string(), vec!["la police".to_string()]));
    assert_eq!(c[1], ("cinq personnes ont été tuées".to_string(), vec!["la presse locale".to_string()]));
    let c = claims(
        "Deux gendarmes ont été tués dimanche dans une embuscade, comme rapporté par la gendarmerie nigérienne dans un communiqué.",
    );
    assert_eq!(c[0].1, vec!["la gendarmerie nigérienne"]);
    // "as" with a clause of its own: the army said what follows its verb.
    let c = claims("Fighting resumed as the army said it had retaken the town.");
    assert_eq!(c[0], ("it had retaken the town".to_string(), vec!["the army".to_string()]));
    let c = claims("The death toll rose to 12, as officials warned it could climb further.");
    assert_eq!(c[0], ("it could climb further".to_string(), vec!["officials".to_string()]));
    let c = claims("Des combats ont repris, comme l'armée a affirmé qu'elle contrôlait la ville.");
    assert_eq!(c[0], ("elle contrôlait la ville".to_string(), vec!["l'armée".to_string()]));
    let c = claims("The two leaders met in Paris on Monday, just as officials had announced.");
    assert_eq!(c[0].1, vec!["officials"]);
    let c = claims("Comme le dit souvent le président, la France ne cédera pas.");
    assert_eq!(c[0].1, vec!["le président"]);
}

#[test]
fn a_verb_of_speech_in_the_progressive_speaks() {
    let c = claims("Local media are reporting that the road to the valley is blocked. State television was reporting that five people had died.");
    assert_eq!(c[0], ("the road to the valley is blocked".to_string(), vec!["Local media".to_string()]));
    assert_eq!(c[1].1, vec!["State television"]);
    // Not a participle that says no words.
    let c = claims("He was claiming unemployment benefits while working, prosecutors said.");
    assert_eq!(c[0].1, vec!["prosecutors"]);
    assert!(claims("The ministry is adding 200 beds to the hospital.").is_empty());
}

#[test]
fn words_with_no_verb_before_the_comma_open_the_clause_of_the_verb_after_it() {
    let c = claims(
        "Shelling hit the port in May, while in March, the navy said it had seized an arms cache near the coast.",
    );
    assert_eq!(c[0], ("it had seized an arms cache near the coast".to_string(), vec!["the navy".to_string()]));
    let c =
        claims("Un obus a frappé le port en mai, alors qu'en mars, la marine a affirmé avoir saisi une cache d'armes.");
    assert_eq!(c[0].1, vec!["la marine"]);
    assert!(c[0].0.starts_with("avoir saisi"), "{c:?}");
}

#[test]
fn a_subject_with_its_apposition_before_the_verb_is_no_claim() {
    let c =
        claims("Amina Yusuf, the district police chief, said on Friday bandits from the forest were behind the raid.");
    assert_eq!(c[0], ("bandits from the forest were behind the raid".to_string(), vec!["Amina Yusuf".to_string()]));
    let c = claims("Paul Girard, le chef de la police du district, a affirmé vendredi des bandits venus de la forêt étaient à l'origine du raid.");
    assert_eq!(c[0].1, vec!["Paul Girard"]);
    assert!(c[0].0.starts_with("des bandits"), "{c:?}");
    // A time that qualifies the noun after it stays in the claim.
    let c = claims("The army chief confirmed the morning assault on the base.");
    assert_eq!(c[0].0, "the morning assault on the base");
}

#[test]
fn a_role_noun_speaks_for_the_person_named_with_a_courtesy_title_before() {
    let q = quotes("La ministre de la Famille, de l'Enfance et des Sports, Mme Aminata Diallo, a visité le site. La ministre a promis \u{ab} une aide rapide aux familles \u{bb}.");
    assert_eq!(q[0].2.as_deref(), Some("Aminata Diallo"));
}

#[test]
fn a_participle_after_the_main_clause_quotes_its_subject() {
    let q =
        quotes("Health Minister Irina Popescu rejected the report, calling the inspection \"a shameful whitewash\".");
    assert_eq!(q[0].2.as_deref(), Some("Irina Popescu"));
    let q = quotes(
        "La ministre Irina Popescu a rejeté le rapport, qualifiant l'inspection de \u{ab} honteuse mascarade \u{bb}.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Irina Popescu"));
    // No one named before the participle: no speaker.
    let q = quotes("Heavy rain fell through the night, causing \"widespread damage\" in the valley.");
    assert_eq!(q[0].1, None);
    // Someone else named in the participle's object, or a source for the sentence: not the subject's words.
    let q = quotes("Senator Lisa Grant blocked the bill, describing a Treasury forecast of \"steep new costs\".");
    assert_ne!(q[0].2.as_deref(), Some("Lisa Grant"));
    let q = quotes("Le maire Jean Dupont a rendu hommage aux victimes, évoquant un enfant \u{ab} toujours souriant \u{bb} selon ses parents.");
    assert_eq!(q[0].1.as_deref(), Some("ses parents"));
}

#[test]
fn the_words_of_a_first_quote_are_no_subject_for_the_second() {
    let q = quotes("\u{ab} Nous l'avons répété, ce chiffre peut encore changer \u{bb}, a déclaré le préfet Marc Tellier mardi en fin de matinée, dénonçant des rumeurs \u{ab} sans aucun fondement \u{bb}.");
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].2.as_deref(), Some("Marc Tellier"));
    assert_eq!(q[1].2.as_deref(), Some("Marc Tellier"));
    // The time after the speaker is not part of the speaker.
    assert_eq!(q[0].1.as_deref(), Some("le préfet Marc Tellier"));
    let q = quotes("\"We have said it again and again, this figure may change,\" prefect Marc Tellier said, denouncing rumours with \"no basis at all\".");
    assert_eq!(q[1].2.as_deref(), Some("Marc Tellier"));
}

#[test]
fn a_quote_of_several_sentences_after_a_claim_goes_on_with_its_speaker() {
    let q = quotes("Crews made dozens of rescues on Thursday, Governor Ellen Marsh said. \"This is still a search and rescue. The river has not crested yet.\"");
    assert_eq!(q[0].2.as_deref(), Some("Ellen Marsh"));
    let q = quotes("Les secours ont mené des dizaines de sauvetages jeudi, a indiqué la gouverneure Hélène Marchal. \u{ab} Les recherches continuent. La rivière n'a pas encore atteint son pic. \u{bb}");
    assert_eq!(q[0].2.as_deref(), Some("Hélène Marchal"));
}

#[test]
fn an_aside_between_the_auxiliary_and_the_verb_of_speech() {
    let c = claims(
        "Le procureur régional, Idrissa Kone, a par la suite annoncé que deux suspects avaient été interpellés.",
    );
    assert_eq!(c[0].1, vec!["Le procureur régional, Idrissa Kone"]);
    let c = claims("Le procureur a révélé mardi que les deux suspects étaient frères.");
    assert_eq!(c[0].1, vec!["Le procureur"]);
    let c = claims("Le ministre a par ailleurs indiqué que le bilan restait provisoire.");
    assert_eq!(c[0], ("le bilan restait provisoire".to_string(), vec!["Le ministre".to_string()]));
    let c = claims("The police chief had at first said that the gunmen had fled.");
    assert_eq!(c[0].1, vec!["The police chief"]);
}

#[test]
fn a_participle_of_speech_with_its_agent_qualifies_the_noun_before() {
    assert!(claims("Un suspect signalé par des voisins a été interpellé.").is_empty());
    assert!(claims("A suspect reported by neighbours was detained.").is_empty());
    // A headline says it that way: the agent is the source.
    let c =
        claims("Hostage's death confirmed by the foreign ministry\n\nThe hostage died in captivity, officials said.");
    assert!(c.iter().any(|(_, s)| s.iter().any(|s| s.contains("foreign ministry"))), "{c:?}");
    // "as reported by" still names a source.
    let c = claims("The toll, as reported by the ministry, rose to 12.");
    assert_eq!(c[0].1, vec!["the ministry"]);
}

#[test]
fn an_adverb_before_the_first_verb_is_no_part_of_the_shared_subject() {
    let c = claims("Le ministère n'a pas commenté le bilan, mais a assuré mardi que le calme était revenu.");
    assert_eq!(c.last().map(|c| c.1.clone()), Some(vec!["Le ministère".to_string()]));
    let c = claims("Police later confirmed the arrests but said that no charges had been filed.");
    assert_eq!(c.last().map(|c| c.1.clone()), Some(vec!["Police".to_string()]));
}

#[test]
fn a_promise_told_after_the_claim() {
    let c = claims("Toutes les digues de la région seront inspectées avant l'hiver, promet le gouvernement.");
    assert_eq!(
        c[0],
        (
            "Toutes les digues de la région seront inspectées avant l'hiver".to_string(),
            vec!["le gouvernement".to_string()]
        )
    );
}

#[test]
fn a_place_that_owns_a_role_is_not_the_source_s_entity() {
    let a = attributions("Nigeria's army chief said that the road to the north was closed.");
    assert_eq!(a[0].1[0].0, "Nigeria's army chief");
    assert_eq!(a[0].1[0].1, None);
}

#[test]
fn a_bare_french_participle_after_a_noun_qualifies_it() {
    assert!(claims("La mort annoncée hier a choqué le pays.").is_empty());
    assert!(claims("Le bilan confirmé lundi par la police est de cinq morts.").is_empty());
    // With its auxiliary, even set apart by a time, it is the verb.
    let c = claims("Le maire a lundi précisé que deux personnes étaient mortes.");
    assert_eq!(c[0].1, vec!["Le maire"]);
    let c = claims("Le préfet a, dans la matinée, indiqué que les routes étaient coupées.");
    assert_eq!(c[0].1, vec!["Le préfet"]);
    // A headline's agreed participle with its agent names the source.
    let c = claims(
        "Mort d'un otage confirmée par le ministère\n\nL'otage est mort en captivité, selon des sources locales.",
    );
    assert!(c.iter().any(|(_, s)| s.iter().any(|s| s.contains("ministère"))), "{c:?}");
}

#[test]
fn a_past_that_shares_the_participle_s_form_or_a_present_stays_a_verb() {
    let c = claims("Police said Monday by telephone that ten people had been killed.");
    assert_eq!(c[0].1, vec!["Police"]);
    let c = claims("Un habitant confie que les assaillants sont arrivés à moto.");
    assert_eq!(c[0].1, vec!["Un habitant"]);
}

#[test]
fn it_said_after_a_quote_is_the_body_that_spoke_before() {
    let q = quotes(
        "The International Rescue Committee said in a statement that the camp had been evacuated.\n\n\u{201c}Our teams reached the site within hours. No one was hurt,\u{201d} it said.",
    );
    assert_eq!(q[0].1.as_deref(), Some("it"), "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("International Rescue Committee"), "{q:?}");
    // A person is no "it".
    let q = quotes("Amina Bello, a trader, said the fire began at dawn. \u{201c}It was terrible,\u{201d} it said.");
    assert_ne!(q[0].2.as_deref(), Some("Amina Bello"), "{q:?}");
}

#[test]
fn words_a_chanting_crowd_shouted_are_the_crowd_s_whoever_reports_them() {
    let q = quotes(
        "Students marched on the ministry, chanting: \u{201c}No fees, no peace,\u{201d} a local radio station reported.",
    );
    assert_eq!(q[0].1.as_deref(), Some("Students"), "{q:?}");
    let q = quotes(
        "Les étudiants ont marché sur le ministère, scandant : « Pas de frais, pas de paix », selon une radio locale.",
    );
    assert_eq!(q[0].1.as_deref(), Some("Les étudiants"), "{q:?}");
}

#[test]
fn impersonal_pronouns_bullets_and_joined_complements_in_sources() {
    // "où l'on rapporte": no one is named.
    let a = attributions(
        "Une autre attaque a visé lundi le hameau de Wassa, où l'on rapporte que trois habitants ont été blessés.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].1.is_empty(), "{a:?}");
    // A list's dash is no part of the source, and the name is the body's own.
    let a = attributions("Bilan\n\n- Le ministère de la Santé a déclaré que 40 personnes avaient été blessées.\n\nLe ministère de la Santé a déclaré que 40 personnes avaient été blessées.");
    assert_eq!(a[0].1[0].0, "Le ministère de la Santé");
    assert_eq!(a[0].1[0].1, a[1].1[0].1);
    // Complements joined after one noun are one source; the same word opening both, two.
    let c = claims("Selon l'Office de protection et d'assistance aux réfugiés, 300 personnes ont fui.");
    assert_eq!(c[0].1, vec!["l'Office de protection et d'assistance aux réfugiés"]);
    let c = claims("The council and the police said that the road had reopened.");
    assert_eq!(c[0].1, vec!["The council", "the police"]);
}

#[test]
fn a_long_official_body_is_one_source_and_relever_is_speech() {
    let c = claims(
        "L'Agence de secours et de protection civile de la région du Kivu occidental a précisé que deux corps avaient été retrouvés.",
    );
    assert_eq!(c[0].1, vec!["L'Agence de secours et de protection civile de la région du Kivu occidental"]);
    let c = claims("Le gouverneur a relevé que les secours étaient arrivés dans la nuit.");
    assert_eq!(c[0].1, vec!["Le gouverneur"]);
}

#[test]
fn it_read_after_a_statement_is_the_statement_s_author() {
    let q = quotes(
        "Garba Musa gave the details in a statement headed \u{2018}Rescue teams reach flooded villages\u{2019}.\n\nIt read: \u{201c}The agency can confirm that every family was moved to safety.\n\n\u{201c}Two boats remain on standby near the bridge.\u{201d}",
    );
    let speakers: Vec<Option<&str>> = q.iter().map(|q| q.2.as_deref()).collect();
    assert_eq!(speakers[speakers.len() - 2..], [Some("Garba Musa"), Some("Garba Musa")], "{q:?}");
    // In French "il" is a person: « … » after "Il a déclaré :" stays his.
    let q = quotes("Le maire Paul Diouf a visité le quartier. Il a déclaré : « Nous reconstruirons tout. »");
    assert_eq!(q[0].2.as_deref(), Some("Paul Diouf"), "{q:?}");
}

#[test]
fn a_second_source_after_et_de_stays_apart_and_it_reaches_one_sentence_back() {
    let c = claims("Cinq personnes ont été tuées, selon le ministère de la Défense et de source hospitalière.");
    assert_eq!(c[0].1, vec!["le ministère de la Défense", "source hospitalière"]);
    let c = claims("Cinq personnes ont été tuées, selon le maire et d'habitants du quartier.");
    assert_eq!(c[0].1, vec!["le maire", "habitants du quartier"]);
    // "It read:" after a banner is no statement's.
    let q = quotes(
        "The army said in a statement that five soldiers died. A banner hung outside the base. It read: \u{201c}We will not forget.\u{201d}",
    );
    assert_eq!(q[0].2, None, "{q:?}");
    // "it" two sentences after the body that spoke is no one known.
    let q = quotes(
        "The ministry said four people died. The government of Chad also issued a warning. \u{201c}Avoid the area,\u{201d} it added.",
    );
    assert_ne!(q[0].2.as_deref(), Some("ministry"), "{q:?}");
}

#[test]
fn a_relative_clause_of_speech_on_the_source_is_a_claim_of_that_source() {
    let pair = |c: &str, s: &str| (c.to_string(), vec![s.to_string()]);
    assert_eq!(
        claims("At least 40 people were killed, according to the health ministry, which said that 120 others had been wounded."),
        vec![pair("At least 40 people were killed", "the health ministry"), pair("120 others had been wounded", "the health ministry")]
    );
    assert_eq!(
        claims("Fighting resumed on Tuesday, said the UN, which also added that 3,000 people had fled."),
        vec![pair("Fighting resumed on Tuesday", "the UN"), pair("3,000 people had fled", "the UN")]
    );
    assert_eq!(
        claims("Au moins 40 personnes ont été tuées, selon le ministère de la Santé, qui a précisé que 120 autres avaient été blessées."),
        vec![
            pair("Au moins 40 personnes ont été tuées", "le ministère de la Santé"),
            pair("120 autres avaient été blessées", "le ministère de la Santé")
        ]
    );
    assert_eq!(
        claims("L'armée a bombardé la ville lundi, selon des responsables locaux, qui ont par ailleurs affirmé que le marché avait été détruit."),
        vec![
            pair("L'armée a bombardé la ville lundi", "des responsables locaux"),
            pair("le marché avait été détruit", "des responsables locaux")
        ]
    );
    // A relative clause that says nothing is no claim.
    assert_eq!(
        claims("Two soldiers were killed, according to the army, which deployed more troops."),
        vec![pair("Two soldiers were killed", "the army")]
    );
}

#[test]
fn a_count_opens_a_source_as_a_determiner_would() {
    let a = attributions("One relief worker said 30 people were killed in the raid on the camp.");
    assert_eq!(a[0].1[0].0, "One relief worker");
    let a = attributions("Deux humanitaires ont affirmé que le camp avait été vidé de ses habitants.");
    assert_eq!(a[0].1[0].0, "Deux humanitaires");
    // A participle that qualifies what is counted reports nothing.
    assert!(attributions("One man said to be a local commander was killed in the strike.").is_empty());
    assert!(attributions("Five villages described as rebel strongholds were bombed overnight.").is_empty());
}

#[test]
fn an_inverted_verb_of_learning_in_one_word_names_its_source() {
    let a = attributions("Une explosion a fait six morts jeudi dans un marché, apprend-on auprès des pompiers.");
    assert_eq!(a[0].1[0].0, "pompiers");
    let a = attributions("Deux journalistes ont été interpellés, apprenait-on de source policière.");
    assert_eq!(a[0].1[0].0, "source policière");
}

#[test]
fn a_verb_of_speech_inside_a_name_is_no_cue() {
    let a = attributions("The tremor was centred 40 km off the coast, the United States Geological Survey reported.");
    assert_eq!(a[0].1[0].0, "the United States Geological Survey");
    assert!(a[0].0.starts_with("The tremor was centred"));
    let a = attributions("The United States says the strike killed twelve fighters near the border.");
    assert_eq!(a[0].1[0].0, "The United States");
}

#[test]
fn an_adverb_between_auxiliary_and_verb_of_speech_is_no_part_of_the_source() {
    let a = attributions("Il avait auparavant expliqué que quarante mineurs se trouvaient encore au fond du puits.");
    assert_eq!(a[0].1[0].0, "Il");
    let a = attributions("La préfecture avait déjà annoncé que douze personnes avaient été interpellées.");
    assert_eq!(a[0].1[0].0, "La préfecture");
    let a = attributions("The ministry had earlier said that 150 people were trapped under the mud.");
    assert_eq!(a[0].1[0].0, "The ministry");
}

#[test]
fn a_relative_pronoun_after_the_subject_stands_for_it() {
    let a = attributions("A woman who said she was a nurse at the clinic described the raid to reporters.");
    assert_eq!(a[0].1[0].0, "A woman");
    let a = attributions("Une femme qui a affirmé être infirmière à la clinique a décrit le raid aux journalistes.");
    assert_eq!(a[0].1[0].0, "Une femme");
}

#[test]
fn a_name_in_quotation_marks_after_its_noun_is_nobody_s_words() {
    let q = quotes("Police said six people were held after a sit-in called by the group \"Rivers Not Dams\".");
    assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("Rivers Not Dams", None));
    let q = quotes("La gendarmerie a indiqué avoir entendu des membres du collectif « Vallée vivante ».");
    assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("Vallée vivante", None));
    // After a verb, the same words are said: "called the plan “Totally Unacceptable”".
    let q = quotes("The minister said the plan was \u{201c}Totally Unacceptable\u{201d}.");
    assert_eq!(q[0].1.as_deref(), Some("The minister"));
}

#[test]
fn a_headline_s_kind_of_source_before_a_colon_gives_its_claim() {
    let a = attributions("Officials: 38 dead, 15 missing after ferry capsizes\n\nThe ferry sank on Thursday.\n");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("38 dead, 15 missing after ferry capsizes", "Officials"));
    let a = attributions("Police : au moins 12 morts dans une explosion\n\nUne bombe a explosé jeudi.\n");
    assert_eq!(a[0].1[0].0, "Police");
    // A place before the colon says where, not who.
    let a = attributions("Mali : 21 villageois tués par des jihadistes\n\nL'attaque a eu lieu lundi.\n");
    assert!(a.iter().all(|x| x.1.iter().all(|s| s.0 != "Mali")), "{a:?}");
}

#[test]
fn a_record_named_before_stands_for_whoever_issued_it() {
    let a = attributions(
        "A fire killed six workers at a sawmill, the regional governor's office said in a statement. Two of the dead were brothers, the statement added.",
    );
    assert_eq!(a[1].1[0].0, "the statement");
    let r = run("Un incendie a tué six ouvriers dans une scierie, a indiqué la préfecture dans un communiqué. Deux des morts étaient frères, précise le communiqué.");
    assert_eq!(r["attributions"][1]["sources"][0]["antecedent"]["text"].as_str(), Some("la préfecture"));
    // A record never named before stands for no one said before it.
    let r = run("Un témoin a dit avoir vu les tireurs. Au moins 17 personnes sont mortes, selon le bilan.");
    assert!(r["attributions"][1]["sources"][0]["antecedent"].is_null());
}

#[test]
fn what_a_relative_clause_on_the_subject_says_ends_before_the_sentence_s_own_verb() {
    let a = attributions("A woman who said she was a nurse at the clinic described the raid to reporters.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("she was a nurse at the clinic", "A woman"));
    let a = attributions("Une femme qui a affirmé être infirmière à la clinique a décrit le raid aux journalistes.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("être infirmière à la clinique", "Une femme"));
    let a = attributions("Un homme qui a dit avoir vu les tireurs a été entendu par la police.");
    assert_eq!(a[0].0, "avoir vu les tireurs");
}

#[test]
fn asides_between_commas_after_the_verb_leave_the_speaker_or_the_claim_after_them() {
    let a =
        attributions("La route restera fermée jusqu'à nouvel ordre, a déclaré, mardi soir, le colonel Paul Tessier.");
    assert_eq!(a[0].1[0].0, "le colonel Paul Tessier");
    let a = attributions(
        "Le procureur a précisé, dans un communiqué, mardi, qu'en fin de journée, seuls trois suspects restaient en garde à vue.",
    );
    assert_eq!(
        (a[0].0.as_str(), a[0].1[0].0.as_str()),
        ("en fin de journée, seuls trois suspects restaient en garde à vue", "Le procureur")
    );
    let a = attributions(
        "The prosecutor said, in a written statement, on Tuesday, that only three suspects remained in custody.",
    );
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("only three suspects remained in custody", "The prosecutor"));
}

#[test]
fn a_quote_posted_online_is_its_poster_s() {
    let q = quotes("« Nous ne céderons pas », a posté mardi sur Facebook la députée Claire Mbala.");
    assert_eq!(q[0].1.as_deref(), Some("la députée Claire Mbala"));
    let q = quotes("\u{201c}We will rebuild every school,\u{201d} the governor posted on Facebook.");
    assert_eq!(q[0].1.as_deref(), Some("the governor"));
    let q = quotes(
        "« Les routes sont coupées », a tweeté jeudi la militante contre la corruption et avocate Claire Mbala.",
    );
    assert_eq!(q[0].1.as_deref(), Some("la militante contre la corruption et avocate Claire Mbala"));
    let q = quotes("« Le pont est coupé », informe la préfecture dans un communiqué.");
    assert_eq!(q[0].1.as_deref(), Some("la préfecture"));
    assert!(attributions("La police informe les familles des victimes lundi.").is_empty());
    // Posting photos says nothing.
    assert!(attributions("Le ministère a posté des photos de l'école détruite sur son site.").is_empty());
}

#[test]
fn a_claim_held_against_another_has_its_own_source() {
    let a = attributions(
        "While officials said that the fire was contained, two shopkeepers maintained that 30 stalls burned overnight.",
    );
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("the fire was contained", "officials"));
    assert_eq!((a[1].0.as_str(), a[1].1[0].0.as_str()), ("30 stalls burned overnight", "two shopkeepers"));
    let a = attributions(
        "Alors que la police a affirmé que le raid était terminé, des habitants soutiennent que 40 personnes ont été enlevées.",
    );
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("le raid était terminé", "la police"));
    assert_eq!((a[1].0.as_str(), a[1].1[0].0.as_str()), ("40 personnes ont été enlevées", "des habitants"));
    // "maintained" alone keeps, it does not say.
    assert!(attributions("The army maintained its positions around the town.").is_empty());
    // A participle after the first comma has no subject: the claim goes on.
    let a = attributions(
        "While police said that two fishermen, reported missing on Monday, were found dead, relatives said they were still missing.",
    );
    assert_eq!(a[0].0, "two fishermen, reported missing on Monday, were found dead");
    assert_eq!((a[1].0.as_str(), a[1].1[0].0.as_str()), ("they were still missing", "relatives"));
}

#[test]
fn a_sentence_pointing_back_gives_the_sentence_before_its_source() {
    let a = attributions(
        "A boiler exploded at a textile plant on Friday, causing four deaths. This is according to the labour ministry.",
    );
    assert_eq!(
        (a[0].0.as_str(), a[0].1[0].0.as_str()),
        ("A boiler exploded at a textile plant on Friday, causing four deaths", "the labour ministry")
    );
    // A relative clause on the source says more, in the same sentence.
    let a = attributions(
        "A boiler exploded at a textile plant on Friday. This is according to the fire brigade, which also confirmed that the plant was closed.",
    );
    assert_eq!((a[1].0.as_str(), a[1].1[0].0.as_str()), ("the plant was closed", "the fire brigade"));
    let a = attributions("Nine people died in the blast. This was confirmed on Monday by the fire brigade.");
    assert_eq!(a[0].1[0].0, "the fire brigade");
    // A sentence of quoted words has its speaker already.
    let a = attributions("\u{201c}We will find them,\u{201d} the governor said. This was confirmed by his spokesman.");
    assert!(a.iter().all(|x| x.1[0].0 != "his spokesman"), "{a:?}");
    // Words pointing back with no verb of speech say nothing.
    assert!(attributions("Nine people died in the blast. This is the third attack this year.").is_empty());
    let a = attributions(
        "Une chaudière a explosé vendredi dans une usine textile, faisant quatre morts. C'est ce qu'a annoncé le ministère du Travail.",
    );
    assert_eq!(
        (a[0].0.as_str(), a[0].1[0].0.as_str()),
        ("Une chaudière a explosé vendredi dans une usine textile, faisant quatre morts", "le ministère du Travail")
    );
}

#[test]
fn a_participle_between_a_counted_figure_and_its_noun_is_no_verb_of_speech() {
    let a = attributions("The collapse led to four confirmed deaths and 11 injuries, say the fire services.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1[0].0, "the fire services");
    // A figure that is a subject still speaks.
    let a = attributions("Two of them told reporters the gunmen had fled on foot.");
    assert_eq!(a[0].1[0].0, "Two of them");
    let a = attributions("L'explosion a fait neuf morts confirmés, selon les services d'urgence.");
    assert_eq!(a[0].1[0].0, "les services d'urgence");
}

#[test]
fn rescue_and_emergency_workers_are_sources_after_the_verb() {
    let a = attributions("The blast killed ten people, said rescue workers.");
    assert_eq!((a[0].1[0].0.as_str(), a[0].1[0].2.as_str()), ("rescue workers", "official"));
    let a = attributions("The blast killed ten people, say emergency services.");
    assert_eq!(a[0].1[0].0, "emergency services");
    let a = attributions("L'explosion a fait dix morts, ont indiqué les sapeurs-pompiers.");
    assert_eq!((a[0].1[0].0.as_str(), a[0].1[0].2.as_str()), ("les sapeurs-pompiers", "official"));
}

#[test]
fn a_record_of_an_event_is_no_source_of_the_event_s() {
    let a = attributions("Selon le bilan de l'incendie du marché de Bouaké, onze commerçants ont été blessés.");
    assert_eq!((a[0].1[0].0.as_str(), a[0].1[0].1.as_deref()), ("le bilan", None));
    let a = attributions("Selon un bilan provisoire de l'attaque de Mopti, 12 personnes ont été tuées.");
    assert_eq!(a[0].1[0].0, "un bilan provisoire");
    // A record of someone's is theirs, and so is one given by someone.
    let a = attributions("Selon un bilan de l'ONU, 12 personnes ont été tuées.");
    assert_eq!(a[0].1[0].0, "l'ONU");
    let a = attributions("Selon un bilan de l'explosion communiqué par la préfecture, 12 personnes ont été tuées.");
    assert!(a[0].1[0].0.ends_with("par la préfecture"), "{a:?}");
}

#[test]
fn an_article_after_the_agent_s_preposition_stays_in_the_speaker() {
    let q = quotes(
        "« Neuf suspects ont été placés en garde à vue », indique la note signée lundi par le préfet de région.",
    );
    assert_eq!(q[0].1.as_deref(), Some("la note signée lundi par le préfet de région"));
    // Too long a phrase of a record and its agent stands for the agent.
    let q = quotes(
        "« Neuf suspects ont été placés en garde à vue », indique le communiqué transmis mardi soir par le préfet de la région du Centre, Jean Paul Ekane.",
    );
    assert_eq!(q[0].1.as_deref(), Some("le préfet de la région du Centre, Jean Paul Ekane"));
    // A person's description is no record: "received by the president" names no speaker.
    let q = quotes(
        "« Nous ne céderons pas », a déclaré le chef de la délégation des familles reçue par le président de la République.",
    );
    assert_ne!(q[0].1.as_deref(), Some("le président de la République"));
    // An article opening a date still ends it, and a time's preposition too.
    let a = attributions("Plusieurs individus ont été interpellés, a déclaré le ministre le 12 mars.");
    assert_eq!(a[0].1[0].0, "le ministre");
    let a = attributions("Plusieurs individus ont été interpellés, a déclaré le ministre lors d'une conférence.");
    assert_eq!(a[0].1[0].0, "le ministre");
}

#[test]
fn where_a_source_said_it_is_no_source() {
    let a = attributions(
        "A missile attack near the port killed two people, Oleh Marchuk, the regional governor, said in a video on the channel of his office.",
    );
    assert_eq!(a[0].1[0].0, "Oleh Marchuk");
    let a = attributions(
        "Un missile a tué deux personnes près du port, Oleh Marchuk, le gouverneur régional, a indiqué dans une vidéo sur la chaîne de ses services.",
    );
    assert_eq!(a[0].1[0].0, "Oleh Marchuk");
}

#[test]
fn a_sentence_opening_with_whose_view_it_gives_is_that_speaker_s_claim() {
    let a = attributions("Pour le préfet, la situation est désormais sous contrôle.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("la situation est désormais sous contrôle", "le préfet"));
    let a = attributions("In the view of the UN envoy, the truce has collapsed.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("the truce has collapsed", "the UN envoy"));
    // Quoted words after a colon are the same speaker's.
    let q = quotes("Pour Aline Mukendi, la digue ne tiendra pas : « L'eau monte depuis trois jours. »");
    assert_eq!(q[0].1.as_deref(), Some("Aline Mukendi"), "{q:?}");
    let q = quotes("In the eyes of Aline Mukendi, the dyke will not hold: \u{201c}The water has been rising for three days.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Aline Mukendi"), "{q:?}");
    // A time, a purpose or words with no comma after them name no one.
    assert!(attributions("Pour la première fois, les secours ont retrouvé des survivants.").is_empty());
    assert!(attributions("For three days, rescuers searched the rubble.").is_empty());
    assert!(attributions("Pour le préfet la réunion a été reportée.").is_empty());
}

#[test]
fn a_title_s_dot_does_not_end_the_source_s_name() {
    let a = attributions("Le bilan reste provisoire, a déclaré M. Karimi.");
    assert_eq!(a[0].1[0].0, "M. Karimi");
    let a = attributions("The toll is provisional, said Dr. Karimi.");
    assert_eq!(a[0].1[0].0, "Dr. Karimi");
    let a = attributions("The convoy was stopped at a checkpoint, said a second officer, Chief Insp. Dario Velasco.");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Dario Velasco"), "{a:?}");
    let a = attributions("Selon M. Karimi, le bilan va s'alourdir.");
    assert_eq!(a[0].1[0].0, "M. Karimi");
    // Titles stacked before the name.
    let a = attributions("The base was shelled overnight, said Maj. Gen. Tom Ward.");
    assert_eq!(a[0].1[0].0, "Maj. Gen. Tom Ward");
    // A title closing the text, with or without its dot, breaks nothing.
    for text in ["The toll rose, said Maj", "The toll rose, said Maj. Gen", "Le bilan s'est alourdi, a déclaré M."] {
        let a = attributions(text);
        assert!(a.iter().all(|x| !x.0.is_empty()), "{a:?}");
    }
    // Another abbreviation's dot ends the name.
    let a = attributions("The plane crashed, said a spokesman for Halvorsen Air Ltd. Twelve people were on board.");
    assert_eq!(a[0].1[0].0, "a spokesman for Halvorsen Air Ltd");
    // Dotted capitals end a name where a sentence begins.
    let a = attributions("The toll is provisional, according to the U.S. The army gave none.");
    assert_eq!(a[0].1[0].0, "the U.S");
}

#[test]
fn an_aside_on_the_source_is_no_part_of_its_claim() {
    let a = attributions("Selon Marianne Dellac, porte-parole de l'association, l'aide arrive trop tard.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("l'aide arrive trop tard", "Marianne Dellac"));
    let a = attributions("According to Hannah Berwick, a spokeswoman for the agency, aid is arriving too late.");
    assert_eq!(a[0].0, "aid is arriving too late");
    let a = attributions("Selon le ministre, qui s'est rendu sur place mardi, la situation est grave.");
    assert_eq!(a[0].0, "la situation est grave");
    // What the claim itself sets off stays in it.
    let a = attributions("Selon la police, trois personnes, dont deux enfants, ont été tuées.");
    assert_eq!(a[0].0, "trois personnes, dont deux enfants, ont été tuées");
    let a = attributions("According to police, the gunmen, armed with rifles, killed three people.");
    assert_eq!(a[0].0, "the gunmen, armed with rifles, killed three people");
}

#[test]
fn whose_view_a_sentence_gives_yields_to_a_named_speaker_and_is_never_a_place_or_a_feast() {
    let a = attributions(
        "Pour le maire, la situation est grave : « Nous avons besoin d'aide », a déclaré son adjoint Paul Renard.",
    );
    assert!(a.iter().all(|x| x.1[0].0 != "le maire"), "{a:?}");
    assert!(attributions("Pour Noël, les familles se réunissent.").is_empty());
    assert!(attributions("Pour Lyon, c'est une victoire importante.").is_empty());
    assert!(attributions("For the president, a guard of honour was assembled.").is_empty());
    let a = attributions("Pour M. Karimi, le bilan va s'alourdir.");
    assert_eq!(a[0].1[0].0, "M. Karimi");
}

#[test]
fn words_chanted_right_before_their_marks_are_the_chanting_people_s() {
    let q = quotes("Hundreds of students marched to parliament chanting \u{201c}No more fees\u{201d}.");
    assert_eq!(q[0].1.as_deref(), Some("students"), "{q:?}");
    let q = quotes("Riot police pushed back a crowd of protesters leaving the mosque chanting \"Free them all.\"");
    assert_eq!(q[0].1.as_deref(), Some("protesters"), "{q:?}");
    let q = quotes("Des centaines de manifestants ont défilé dans le centre en scandant « Non au troisième mandat ».");
    assert_eq!(q[0].1.as_deref(), Some("manifestants"), "{q:?}");
    // A name in marks with no chanting is no one's words.
    let q = quotes("Les manifestants de la « Marche blanche » ont défilé.");
    assert!(q.iter().all(|x| x.1.is_none()), "{q:?}");
}

#[test]
fn an_apposition_opening_the_claim_stays_in_it() {
    let a = attributions("According to the army, a spokesman for the rebels, Ali Nour, was killed.");
    assert_eq!(a[0].0, "a spokesman for the rebels, Ali Nour, was killed");
    let a = attributions("Selon l'armée, un membre de la famille, qui était présent, a été blessé.");
    assert_eq!(a[0].0, "un membre de la famille, qui était présent, a été blessé");
}

#[test]
fn a_feeling_voiced_after_a_quote_names_its_speaker_but_opens_no_claim() {
    let q = quotes("\u{201c}We have waited three days for water,\u{201d} fumed a shopkeeper.");
    assert_eq!(q[0].1.as_deref(), Some("a shopkeeper"));
    let q = quotes("\u{201c}Nobody came to help us,\u{201d} lamented the village chief.");
    assert_eq!(q[0].1.as_deref(), Some("the village chief"));
    let q = quotes("« On attend l'eau depuis trois jours ! », s'insurge un commerçant du quartier.");
    assert_eq!(q[0].1.as_deref(), Some("un commerçant du quartier"));
    let q = quotes("« Personne n'est venu nous aider », s'est indignée une mère de famille.");
    assert_eq!(q[0].1.as_deref(), Some("une mère de famille"));
    assert!(attributions("Residents complained about the noise of the generators.").is_empty());
    assert!(attributions("Un élu s'indigne du silence des autorités.").is_empty());
    // Before the quote they voice nothing: a name others give stays nobody's words.
    let q = quotes("Nurses protested against the plan, which the union has dubbed \u{201c}the slow cut\u{201d}.");
    assert_eq!(q[0].1, None, "{q:?}");
    let q = quotes("Les infirmiers s'indignent du plan, que le syndicat a surnommé « la lente coupe ».");
    assert_eq!(q[0].1, None, "{q:?}");
}

#[test]
fn a_quote_standing_alone_after_a_sentence_about_a_person_is_not_given_to_that_person() {
    // A sign, a decree or someone else's message read out: the sentence before does not say
    // whose words they are.
    let q =
        quotes("Shopkeeper Ray Dunn pointed to the note taped to his window. \u{201c}Back after the harvest.\u{201d}");
    assert_eq!(q[0].1, None, "{q:?}");
    let q =
        quotes("La présidente Irène Vidal a signé le décret mardi. « L'état d'urgence est prolongé de trente jours. »");
    assert_eq!(q[0].1, None, "{q:?}");
}

#[test]
fn a_body_s_pronoun_after_a_claim_is_a_source() {
    let a = attributions(
        "Nine people were hurt, the regional prefecture said in a statement. The gunman had been on a watch list, it said.",
    );
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(a[1].0, "The gunman had been on a watch list");
    assert_eq!(a[1].1[0].0, "it");
    let a = attributions("The coast guard said four crew were missing. It said the search would resume at dawn.");
    assert_eq!(a[1].0, "the search would resume at dawn", "{a:?}");
    // With no source before it to stand for, or nothing said: no claim.
    assert!(attributions("Rain fell all night. By dawn the river had burst its banks, it said.").is_empty());
    assert!(attributions("The mayor toured the dam on Monday. It said nothing about the cracks.").is_empty());
    assert!(attributions("The minister said nothing about the cause of the fire.").is_empty());
}

#[test]
fn a_participle_of_speech_after_a_main_clause_gives_its_subject_s_claim() {
    let a = attributions("The governor toured the flooded district, saying the army would send boats.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("the army would send boats", "The governor"), "{a:?}");
    let a = attributions("Police fired tear gas at the crowd, saying that protesters had thrown stones.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("protesters had thrown stones", "Police"), "{a:?}");
    let a =
        attributions("Le préfet s'est rendu dans le quartier sinistré, affirmant que l'armée enverrait des bateaux.");
    assert_eq!((a[0].0.as_str(), a[0].1[0].0.as_str()), ("l'armée enverrait des bateaux", "Le préfet"), "{a:?}");
    let a = attributions("On Friday, the mayor visited the shelter, saying more beds would arrive.");
    assert_eq!(a[0].1[0].0, "the mayor", "{a:?}");
    // A participle that says nothing, a subject that cannot speak, a passive clause or a
    // record the participle may tell of opens no claim.
    assert!(attributions("The storm flattened the harbour, leaving hundreds without shelter.").is_empty());
    assert!(attributions("La crue a emporté le pont, noyant les champs voisins.").is_empty());
    assert!(attributions("Geneva hosted the talks on Monday, insisting that a deal was near.").is_empty());
    assert!(
        attributions("The mayor was met by angry tenants, saying they had been without heat for a week.").is_empty()
    );
    assert!(attributions("The mayor received a letter from the union, warning that the strike would go on.").is_empty());
}

#[test]
fn whom_the_subject_cites_set_off_with_a_name_leaves_the_subject_the_source() {
    let en = attributions(
        "The agency, citing the provincial governor, Omar Haidari, said the bridge had collapsed at dawn.",
    );
    assert_eq!(en.len(), 1, "{en:?}");
    assert_eq!(en[0].0, "the bridge had collapsed at dawn");
    assert_eq!(en[0].1[0].0, "The agency");
    let fr = attributions(
        "L'agence, pour sa part, citant le gouverneur de la province, Omar Haidari, affirme que le pont s'est effondré à l'aube.",
    );
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert_eq!(fr[0].0, "le pont s'est effondré à l'aube");
    assert_eq!(fr[0].1[0].0, "L'agence");
}

#[test]
fn words_of_the_text_own_around_a_partial_quote_are_the_speaker_s_claim() {
    let en = attributions("Three soldiers died in the \"heavy exchange of fire that followed,\" she said.");
    assert_eq!(en.len(), 1, "{en:?}");
    assert!(en[0].0.starts_with("Three soldiers died in the"), "{en:?}");
    assert_eq!(en[0].1[0].0, "she");
    let fr = attributions("Trois soldats sont morts dans « l'intense échange de tirs qui a suivi », a-t-elle dit.");
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert!(fr[0].0.starts_with("Trois soldats sont morts dans"), "{fr:?}");
    // A whole quote is the quote's, and what follows its verb is no claim.
    let en =
        attributions("\"Rescuers are still digging near the bridge,\" a police source said on condition of anonymity.");
    assert!(en.is_empty(), "{en:?}");
    assert!(attributions("« Nous resterons ici », a-t-elle dit.").is_empty());
}

#[test]
fn a_noun_held_at_a_distance_in_the_subject_is_no_one_s_words_and_does_not_cut_the_subject() {
    let fr = "Mardi soir, le « conseil des sages », formé de notables de la ville, a annoncé un accord pour \
              confier le prisonnier à une « tierce partie ».";
    let q = quotes(fr);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, None, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("le « conseil des sages »"), "{q:?}");
    let a = attributions(fr);
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].0.starts_with("un accord pour confier"), "{a:?}");
    let en = "On Tuesday, the \"council of elders\", made up of notables from the town, announced a deal to hand \
              the prisoner to a \"third party\".";
    let q = quotes(en);
    assert_eq!(q[0].1, None, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("the \"council of elders\""), "{q:?}");
}

#[test]
fn a_sentence_opened_by_a_quote_after_a_claim_goes_on_with_the_claim_s_source() {
    // The words between its quotes only carry on what is quoted: no one new speaks.
    let fr = "Un gendarme a affirmé que les fouilles continueraient jusqu'au soir. \
        «Nous essayons d'atteindre les entrepôts où la fumée est dense» et où passent «des câbles sous tension».";
    let q = quotes(fr);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|q| q.1.as_deref() == Some("Un gendarme")), "{q:?}");
    let en = "A police officer said the search would go on into the evening. \
        \u{201c}We are trying to reach the warehouses where the smoke is thick\u{201d} and where there are \u{201c}live cables\u{201d}.";
    let q = quotes(en);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|q| q.1.as_deref() == Some("A police officer")), "{q:?}");
    // Nor a quote whose own inverted verb names another speaker.
    let fr = "Awa Keita s'est cachée dans sa cuisine. La police a affirmé que les agresseurs s'étaient enfuis. \
        « Ils tiraient sur tout le monde », se souvient-elle.";
    assert_ne!(quotes(fr)[0].1.as_deref(), Some("La police"));
    // A minister described, not named, is someone too.
    let fr = "Le ministre de la Défense a affirmé que l'armée resterait. « Nous n'abandonnerons pas la ville. »";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("Le ministre de la Défense"));
    // Someone else named between the quotes speaks for the rest.
    let en = "A police officer said the search would go on. \
        \u{201c}We are close\u{201d} but the fire chief warned of \u{201c}more collapses\u{201d}.";
    let q = quotes(en);
    assert_eq!(q[1].1.as_deref(), None, "{q:?}");
}

#[test]
fn a_cue_ending_in_que_also_opens_a_claim_before_a_vowel() {
    let c = claims("Le ministre a soutenu qu'aucun village n'avait été touché.");
    assert_eq!(c, vec![("aucun village n'avait été touché".to_string(), vec!["Le ministre".to_string()])]);
    let c = claims("La préfète a reconnu qu'une partie des secours était arrivée trop tard.");
    assert_eq!(c[0].1, vec!["La préfète".to_string()]);
    // To recognise a result or a body is no speech.
    assert!(claims("Le parti ne reconnaît toujours pas sa défaite aux législatives.").is_empty());
    assert!(claims("Le père a reconnu le corps de son fils à la morgue.").is_empty());
}

#[test]
fn an_inverted_verb_after_a_complement_that_carries_the_quote_on_gives_its_speaker() {
    let q = quotes("Le préfet a prévenu que le bilan pourrait encore monter. « Nous ouvrons deux centres d'accueil » dans la commune, a-t-il ajouté.");
    assert_eq!(q[0].1.as_deref(), Some("il"), "{q:?}");
    let q = quotes("« Les routes sont coupées » depuis dimanche soir, a-t-elle expliqué.");
    assert_eq!(q[0].1.as_deref(), Some("elle"), "{q:?}");
    let q = quotes("« Tout est détruit » quand la vague est arrivée, a-t-il confié au téléphone.");
    assert_eq!(q[0].1.as_deref(), Some("il"), "{q:?}");
    // Not after another sentence, nor past other punctuation.
    let q = quotes("« Tout est détruit ». La vague est arrivée à l'aube, a-t-il confié.");
    assert_eq!(q[0].1.as_deref(), None, "{q:?}");
}

#[test]
fn a_pronoun_after_an_office_holder_who_spoke_stands_for_that_person_not_the_place() {
    // With no one named, the governor who spoke is the antecedent, not the province.
    let r = run("Le gouverneur de la province de Kandi a prévenu que le bilan pourrait encore monter. \
        « Nous installons trois camps », a-t-il ajouté.");
    let speaker = &r["quotes"][0]["speaker"];
    assert!(speaker["entity"].is_null(), "{speaker}");
    assert_eq!(speaker["antecedent"]["text"], "Le gouverneur de la province de Kandi");
    let r = run("The governor of Kandi province warned that the toll could rise. \
        \u{201c}We are setting up three camps,\u{201d} he said.");
    let speaker = &r["quotes"][0]["speaker"];
    assert!(speaker["entity"].is_null(), "{speaker}");
    assert_eq!(speaker["antecedent"]["text"], "The governor of Kandi province");
    // With the governor named before, the office names that person again.
    let q = quotes(
        "Governor Ann Miller toured the valley. The governor said crews were out. \
        \u{201c}It is a long night,\u{201d} she said.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Ann Miller"), "{q:?}");
}

#[test]
fn one_who_revises_a_toll_and_then_explains_it_is_the_source() {
    let c = claims("Mr Okafor raised the toll on Saturday, saying the other victims were farmers.");
    assert!(c.contains(&("the other victims were farmers".to_string(), vec!["Mr Okafor".to_string()])), "{c:?}");
    let c = claims("M. Okafor a relevé dimanche le bilan, précisant que les victimes étaient surtout des éleveurs.");
    let want = ("les victimes étaient surtout des éleveurs".to_string(), vec!["M. Okafor".to_string()]);
    assert!(c.contains(&want), "{c:?}");
    // A report cited by the subject may be what says it.
    let c = claims("The army cited a report by the UN, saying that the camp was empty.");
    assert!(c.iter().all(|(_, s)| s != &vec!["The army".to_string()]), "{c:?}");
}

#[test]
fn a_verb_of_speech_with_that_after_it_is_no_inversion_before_a_later_comma() {
    let c = claims(
        "Un délégué des orpailleurs, Moussa Diallo, avait dit à Reuters lundi que \"des hommes armés\" \
         avaient pillé le camp dimanche, blessant neuf personnes.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].1.iter().any(|s| s.contains("Moussa Diallo")), "{c:?}");
    assert!(c[0].0.starts_with("\"des hommes armés\" avaient pillé"), "{c:?}");
    let c = claims(
        "A delegate of the miners, Moussa Diallo, had told Reuters on Monday that \"armed men\" looted the \
         camp, wounding nine people.",
    );
    assert!(c[0].1.iter().any(|s| s.contains("Moussa Diallo")), "{c:?}");
}

#[test]
fn views_and_reports_told_with_less_common_verbs_have_their_source() {
    // A view told as the source's.
    let a = attributions("Investigators believe the fire started in a storeroom behind the kitchen.");
    assert_eq!(a[0].0, "the fire started in a storeroom behind the kitchen");
    assert_eq!(a[0].1[0].0, "Investigators");
    // A belief in something is no claim.
    assert!(attributions("Many villagers believe in the healer's powers.").is_empty());
    assert!(attributions("As per usual, the market opened at dawn on Friday.").is_empty());
    let a = attributions("As per the district officer, the road will reopen on Friday.");
    assert_eq!(a[0].0, "the road will reopen on Friday");
    assert_eq!(a[0].1[0].0, "the district officer");
    // "informé que" and the imperfect "évoquaient" report speech in French.
    let a = attributions("Dans un communiqué, le maire a informé que les écoles resteront fermées lundi.");
    assert_eq!(a[0].0, "les écoles resteront fermées lundi");
    assert_eq!(a[0].1[0].0, "le maire");
    // Informants are sources too.
    let a = attributions("Pour nos informateurs, le nombre de morts pourrait encore augmenter.");
    assert_eq!(a[0].1[0], ("nos informateurs".to_string(), None, "anonymous".to_string()));
    let a = attributions("Local informants said the convoy had turned back.");
    assert_eq!(a[0].1[0].2, "anonymous");
}

#[test]
fn a_quote_inside_what_a_speaker_informed_is_the_speaker_s() {
    let q = quotes("Le préfet, Jean Morel, a informé que la route « restera fermée jusqu'à nouvel ordre ».");
    assert_eq!(q[0].1.as_deref(), Some("Le préfet, Jean Morel"));
}

#[test]
fn a_speaker_reacts_after_an_adverb_between_auxiliary_and_verb() {
    let q = quotes(
        "« Tous les services de l'État sont mobilisés », a aussitôt réagi la ministre Claire Dumas sur son compte X.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Claire Dumas"));
    let q = quotes("« C'est une honte », a vivement réagi le maire.");
    assert_eq!(q[0].1.as_deref(), Some("le maire"));
}

#[test]
fn a_quote_alone_in_the_next_sentence_goes_on_with_the_speaker_of_for_x() {
    let q = quotes("Pour Karim Benali, qui vit près du port, « les secours sont arrivés bien trop tard ». Mais « personne ne voulait entendre les habitants ».");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].2.as_deref(), Some("Karim Benali"));
    // Not where the next sentence names its own subject.
    let q = quotes("Pour Karim Benali, « les secours sont arrivés trop tard ». Le préfet a évoqué « une nuit d'une violence rare ».");
    assert_eq!(q[1].1.as_deref(), Some("Le préfet"));
}

#[test]
fn a_stressed_or_object_pronoun_before_the_verb_is_no_part_of_its_subject() {
    let q = quotes("Le maire a lui évoqué « une tragédie pour toute la commune ».");
    assert_eq!(q[0].1.as_deref(), Some("Le maire"));
    let q = quotes("Le préfet leur a dit « nous ferons tout notre possible ».");
    assert_eq!(q[0].1.as_deref(), Some("Le préfet"));
    let c = claims("Le préfet leur a assuré que les secours arrivaient.");
    assert_eq!(c[0].1, vec!["Le préfet"]);
}

#[test]
fn a_witness_who_describes_before_a_colon_speaks_the_quote() {
    let q =
        quotes("Un autre témoin, Issa Traoré, décrit une nuit de panique : « les gens couraient dans tous les sens ».");
    assert!(q[0].2.as_deref() == Some("Issa Traoré"), "{q:?}");
    let q =
        quotes("Another witness, Issa Traore, described a night of panic: \"people were running in every direction.\"");
    assert!(q[0].2.as_deref() == Some("Issa Traore"), "{q:?}");
}

#[test]
fn a_participle_after_of_qualifies_the_noun_and_reports_nothing() {
    let c = claims("Health workers raised the number of confirmed deaths to 30.");
    assert!(c.is_empty(), "{c:?}");
    // A verb of speech still does.
    let c = claims("The head of the agency confirmed the deaths of 30 people.");
    assert_eq!(c[0].1, vec!["The head of the agency"]);
}

#[test]
fn an_epithet_names_again_the_entity_the_report_is_about() {
    let text = "The ferry was run by Blue Line Shipping. Blue Line Shipping has operated the route since 2019. In a statement, the company said \"the crew reported a leak at around 3 a.m.\"";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Blue Line Shipping"));
    let text = "Le Front souverain a revendiqué l'attaque. Dans une déclaration, la puissante formation jihadiste a promis « d'autres opérations ».";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Front souverain"));
    // A new one, or someone of it, is not.
    let text = "The Sovereign Front claimed the attack. A group said \"more operations will follow\".";
    assert_eq!(quotes(text)[0].2, None);
    let text = "The Sovereign Front claimed the attack. The group's spokesman said \"more operations will follow\".";
    assert_ne!(quotes(text)[0].2.as_deref(), Some("Sovereign Front"));
}

#[test]
fn a_demonstrative_epithet_after_selon_names_the_group_again() {
    let text = "Le Front souverain a revendiqué l'attaque. Selon ce groupe, « d'autres opérations suivront ».";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Front souverain"));
}

#[test]
fn an_epithet_names_again_only_an_entity_of_its_class() {
    // A politician is someone who holds an office, not the victim named more often.
    let text = "Ali Hassan, 34, was stabbed outside a mosque on Friday. Ali Hassan died in hospital. Senator John Carter visited the family. The lawmaker said \"this city will not be divided\".";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("John Carter"));
    // A party is one by its name; a union is none.
    let text =
        "The Unite union called a strike at the port. The party said \"workers have been ignored for too long\".";
    assert_ne!(quotes(text)[0].2.as_deref(), Some("Unite"));
    // A group described where it speaks is not the group named before.
    let text = "Hamas released two hostages on Monday. The group, made up of mothers of soldiers, said \"we will keep protesting\".";
    assert_ne!(quotes(text)[0].2.as_deref(), Some("Hamas"));
    // Nor is an army a "formation".
    let text = "Les Forces de défense israéliennes ont frappé le sud du Liban. Le Hezbollah a riposté par des tirs de roquettes. Le Hezbollah a perdu trois combattants. Dans une déclaration, la puissante formation chiite a promis « une riposte ».";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Hezbollah"));
}

#[test]
fn an_office_given_to_someone_named_before_names_that_person_again() {
    let text = "Dr John Okafor, the county coroner, confirmed two deaths. Both victims suffered \"severe head injuries,\" the coroner said.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("John Okafor"));
    let text = "Jeanne Dubois, la préfète de la région, s'est rendue sur place. Le bilan reste provisoire. « Tout a été mis en œuvre », a assuré la préfète.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Jeanne Dubois"));
    // Not a body that shares a word with the office ("the opposition" is no opposition leader).
    let text = "Ingrid Solberg, the opposition leader, was arrested. The opposition said \"this is a fraud\".";
    assert_eq!(quotes(text)[0].2, None);
    // The head of the government is the prime minister named before, titled before the name
    // or between commas.
    let text = "Le Premier ministre Idriss Mahamat a visité le site. « Nous tirerons les leçons de ce drame », a assuré le chef du gouvernement.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Idriss Mahamat"));
    let text = "La Première ministre, Awa Touré, a visité le site. « Nous tirerons les leçons de ce drame », a assuré la cheffe du gouvernement.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Awa Touré"));
}

#[test]
fn a_title_written_before_the_name_is_repeated_to_name_that_person_again() {
    // The title in lower case before the name, repeated after a long quote.
    let text = "Four officers were hurt, the region's fire brigade commander Lars Holm said on Sunday. \"The flames spread fast. Two crews were trapped. One truck was lost. We pulled back at noon. The wind changed at night. Nobody could reach the ridge. The roads were shut.\" \"We will need days,\" the fire brigade commander said.";
    let q = quotes(text);
    assert_eq!(q.last().unwrap().2.as_deref(), Some("Lars Holm"));
    let text = "Trois pompiers ont été blessés, a indiqué le directeur départemental Marc Aubry. « Le feu a repris dans la nuit », a précisé le directeur départemental.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Marc Aubry"));
    // Not a title no one was given.
    let text = "Four officers were hurt, Lars Holm said. \"We will need days,\" the fire brigade commander said.";
    assert_eq!(quotes(text)[0].2, None);
}

#[test]
fn the_official_and_the_officer_name_again_someone_titled_before() {
    // "The official" is someone named with an office, and a pronoun after it is that person.
    let text = "Nine people were hurt, deputy governor Ruth Amadi said on Monday. According to the official, the crowd broke through the gates. \"We had no choice,\" she said.";
    let q = quotes(text);
    assert_eq!(q[0].2.as_deref(), Some("Ruth Amadi"));
    // "L'officier" is someone named with a military rank.
    let text = "« Nous avons repoussé l'attaque », a déclaré le capitaine Joseph Kanda, porte-parole militaire de la zone. « Deux assaillants ont été capturés », a ajouté l'officier.";
    let q = quotes(text);
    assert_eq!(q[1].2.as_deref(), Some("Joseph Kanda"));
    // Not when the word was since used of someone else.
    let text = "Deux soldats sont blessés, selon le colonel Paul Mbarga. Un officier a été tué. « La situation est calme », a dit l'officier.";
    assert_ne!(quotes(text)[0].2.as_deref(), Some("Paul Mbarga"));
}

#[test]
fn a_record_that_mentions_quoted_words_is_their_speaker() {
    let text = "« Les blessés ont été évacués vers Mopti », mentionne le communiqué.";
    assert_eq!(quotes(text)[0].1.as_deref(), Some("le communiqué"));
    let text = "\"Two of the injured are in a serious condition,\" the report mentioned.";
    assert_eq!(quotes(text)[0].1.as_deref(), Some("the report"));
}

#[test]
fn it_after_a_body_that_issued_a_record_stands_for_that_body() {
    let r = run("The health ministry released a report on Tuesday. It said that 31 patients had been moved to Kisumu.");
    let a = &r["attributions"][0];
    assert_eq!(a["sources"][0]["antecedent"]["text"], "The health ministry");
    let r = run(
        "Le ministère de la Santé a publié un rapport mardi. Il précise que 31 patients ont été transférés à Kisumu.",
    );
    let a = &r["attributions"][0];
    assert_eq!(entity_name(&r, &a["sources"][0]["entity"]).as_deref(), Some("ministère de la Santé"));
    // With no body that spoke or issued anything, "it said" names no one.
    let r = run("The river burst its banks. It said nothing about the dam.");
    assert_eq!(r["attributions"].as_array().unwrap().len(), 0);
}

#[test]
fn a_word_of_an_organisation_s_name_and_they_name_it_again() {
    // "The committee" is the committee named before; "the group" after it, the same body;
    // "they" in the next sentence too.
    let text = "The Kanyama Youth Committee said the militia struck twice. The World Food Programme said food was short. \
                The committee said the army had not come. The group said many had fled. They said they were \"still counting the dead\".";
    let r = run(text);
    let names: Vec<Option<String>> =
        r["attributions"].as_array().unwrap().iter().map(|a| entity_name(&r, &a["sources"][0]["entity"])).collect();
    let committee = |n: &Option<String>| n.as_deref().is_some_and(|n| n.ends_with("Kanyama Youth Committee"));
    assert!(names[2..5].iter().all(committee), "{names:?}");
    let text = "La Commission électorale nationale a publié les résultats. « Le vote s'est déroulé dans le calme », a assuré la commission.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Commission électorale nationale"));
}

#[test]
fn words_after_the_verb_that_go_on_to_a_verb_are_the_claim_not_an_inverted_source() {
    let text = "Dr. Mary Achol, who runs the county clinic, said three people hurt in the fighting were flown to Juba.";
    let a = attributions(text);
    assert_eq!(a[0].1[0].0, "Dr. Mary Achol");
    // An inverted source with a relative clause of its own is still one.
    let a = attributions("The bridge was hit twice overnight, said two witnesses who live nearby.");
    assert_eq!(a[0].1[0].0, "two witnesses");
    let a = attributions("Le pont a été touché deux fois, a déclaré le maire qui vit tout près.");
    assert_eq!(a[0].1[0].0, "le maire");
}

#[test]
fn words_offered_in_quotes_are_the_offerer_s() {
    let text = "Dans un message, le préfet, Luc Marais, a présenté « ses plus vives condoléances » aux proches.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Luc Marais"));
    let text = "The governor, Ruth Amadi, offered \"her heartfelt sympathy\" to the families.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Ruth Amadi"));
}

#[test]
fn a_plural_pronoun_stands_for_two_sources_named_together() {
    let text =
        "Un infirmier et un chef de village ont confirmé le raid. Ils mettent en cause des « bandits venus du nord ».";
    let r = run(text);
    assert_eq!(r["quotes"][0]["speaker"]["antecedent"]["text"], "Un infirmier et un chef de village");
    let text = "A nurse and a village chief confirmed the raid. They blamed \"bandits from the north\".";
    let r = run(text);
    assert_eq!(r["quotes"][0]["speaker"]["antecedent"]["text"], "A nurse and a village chief");
    // "a signifié que" states, and the pronoun after it is its subject's.
    let text =
        "Un élu de Kayes a signifié que des bandits ont tué huit paysans. « Nous demandons de l'aide », a-t-il ajouté.";
    let r = run(text);
    assert_eq!(r["quotes"][0]["speaker"]["antecedent"]["text"], "Un élu de Kayes");
}

#[test]
fn an_inverted_verb_after_the_quote_needs_no_comma() {
    let q = quotes("Le ministre, Paul Girard, évoque une crise grave. Il \"faudra du temps\" pour établir un bilan précis estime-t-il.");
    assert_eq!(q[0].1.as_deref(), Some("il"));
    assert_eq!(q[0].2.as_deref(), Some("Paul Girard"));
}

#[test]
fn a_pronoun_after_a_long_quote_looks_back_from_where_the_quote_opens() {
    let text = "Le car reliait Kéniéba au marché. Selon des passagers, il a quitté la piste. Le conducteur a affirmé que les freins avaient lâché. « Les freins ont lâché. Le car était trop chargé. Je n'ai rien pu faire. Tout est allé très vite », a-t-il raconté.";
    let r = run(text);
    assert_eq!(r["quotes"][0]["speaker"]["antecedent"]["text"], "Le conducteur", "{:#}", r["quotes"]);
}

#[test]
fn an_organisation_named_after_the_verb_is_no_pronoun_s_antecedent() {
    let text = "À Bandal, Jean-Marc a passé la nuit chez un voisin. Il accuse la Croix-Rouge d'avoir tardé. « L'eau a envahi tout le rez-de-chaussée », témoigne-t-il.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Jean-Marc"));
}

#[test]
fn a_head_of_state_or_government_is_one_by_title_and_a_qualified_office_keeps_its_qualifier() {
    let text = "President Luiz Lula visited the flooded city. Environment Minister Marina Silva joined him. \"We will rebuild,\" the head of state told reporters.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Luiz Lula"));
    let text = "Le président Emmanuel Macron s'est rendu sur place avec le ministre des Sports, Gil Avérous. « Nous serons aux côtés des familles », a lancé le chef de l'État.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Emmanuel Macron"));
    let text = "Karen Walsh, the state's chief engineer, inspected the bridge. Ray Dunn, a senior engineer with the contractor, was there too. \"The cracks are serious,\" the chief engineer said.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Karen Walsh"));
}

#[test]
fn words_let_out_or_said_low_name_their_speaker_after_the_quote() {
    let fr = "« On n'a plus de toit », lâche une voisine. « Tout le quartier pleure », se désole, inconsolable, Paul Kossi, un notable.";
    let q = quotes(fr);
    assert_eq!(q[0].1.as_deref(), Some("une voisine"));
    assert_eq!(q[1].2.as_deref(), Some("Paul Kossi"));
    let en = "\"We lost everything in one night,\" sobbed Maria Lopez, a mother of three. \"It is a cursed day,\" whispered a neighbour.";
    let q = quotes(en);
    assert_eq!(q[0].2.as_deref(), Some("Maria Lopez"));
    assert_eq!(q[1].1.as_deref(), Some("a neighbour"));
}

#[test]
fn a_name_after_where_it_was_said_is_the_speaker_without_a_comma() {
    let fr = "« Les blessés vont mieux », a affirmé sur place Claire Morin porte-parole de la mairie de Nyon où se trouve le stade.";
    let q = quotes(fr);
    assert_eq!(q[0].2.as_deref(), Some("Claire Morin"));
    assert!(!q[0].1.as_deref().unwrap_or("").contains("où"), "{:?}", q[0]);
}

#[test]
fn sources_that_speak_of_a_figure_give_it() {
    let fr = "De leur côté, des sources hospitalières parlent d'environ 80 morts.";
    assert_eq!(claims(fr), vec![("environ 80 morts".to_string(), vec!["des sources hospitalières".to_string()])]);
    let fr = "Des sources hospitalières évoquent une trentaine de blessés.";
    assert_eq!(claims(fr)[0].1, vec!["Des sources hospitalières"]);
    let en = "For their part, hospital sources spoke of about 80 dead.";
    assert_eq!(claims(en), vec![("about 80 dead".to_string(), vec!["hospital sources".to_string()])]);
    // A claim with no verb before a verb that needs no object is still a claim.
    let en = "No casualties, police reported.";
    assert_eq!(claims(en)[0].1, vec!["police"]);
}

#[test]
fn a_body_s_pronoun_stands_for_the_body_or_state_its_claim_opens_with() {
    let a = attributions("Malawi moved 8,000 people to higher ground, it said on Sunday.");
    assert_eq!(a[0].1[0].1.as_deref(), Some("Malawi"), "{a:?}");
    let a = attributions("UNICEF moved 300 families out of the camp, it said.");
    assert_eq!(a[0].1[0].1.as_deref(), Some("UNICEF"), "{a:?}");
    // Not a river or a town, nor a state something befell, nor a state's river.
    assert!(attributions("By dawn the Niger had burst its banks, it said.").is_empty());
    assert!(attributions("Sudan has been hit by floods that displaced 3,000 people, it said.").is_empty());
    assert!(attributions("Syria's Euphrates river has displaced 3,000 people, it said.").is_empty());
}

#[test]
fn a_condition_of_one_of_several_sources_is_no_part_of_it() {
    let fr = "Le pont a cédé, ont indiqué un policier sous couvert d'anonymat, et Charles Zang, adjoint au maire.";
    assert_eq!(claims(fr)[0].1, vec!["un policier", "Charles Zang"]);
}

#[test]
fn a_participle_after_a_possessive_qualifies_the_source_s_noun() {
    let en = "Malawi's acting health minister, Amos Kerich, said the roads would reopen on Monday.";
    assert_eq!(claims(en)[0].1, vec!["Malawi's acting health minister, Amos Kerich"]);
    let en = "\u{201c}We will rebuild,\u{201d} the country's acting president, Amos Kerich, told reporters.";
    assert_eq!(quotes(en)[0].2.as_deref(), Some("Amos Kerich"));
}

#[test]
fn words_that_only_link_a_sentence_before_according_to_are_no_claim() {
    let fr = "De leur côté, selon des témoins, vingt civils ont été tués.";
    assert_eq!(claims(fr), vec![("vingt civils ont été tués".to_string(), vec!["des témoins".to_string()])]);
    let en = "For their part, according to aides, the president was unhurt.";
    assert_eq!(claims(en), vec![("the president was unhurt".to_string(), vec!["aides".to_string()])]);
    // A claim with no verb of its own before the marker stays the claim.
    let en = "Twenty civilians dead, according to witnesses.";
    assert_eq!(claims(en)[0].0, "Twenty civilians dead");
}

#[test]
fn a_quote_in_the_headline_is_a_quote() {
    let fr = "Crue de la Loire : « Il reste des dangers », dit le préfet\n\nLe préfet a appelé à la prudence lundi.";
    let q = quotes(fr);
    assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("Il reste des dangers", Some("le préfet")));
    let en = "Floods: \u{201c}The worst is yet to come,\u{201d} says mayor\n\nThe mayor urged residents to leave.";
    assert_eq!(quotes(en)[0].1.as_deref(), Some("mayor"));
    // Words the body quotes again with their speaker are that speaker's.
    let fr = "Tempête : « Nous n'avons plus rien », racontent des riverains\n\nLe village est dévasté. « Nous n'avons plus rien », déplore Marc Leroy, un boulanger.";
    let q = quotes(fr);
    assert_eq!(q[0].2.as_deref(), Some("Marc Leroy"));
}

#[test]
fn words_a_colon_opens_after_a_clause_are_its_subject_s() {
    let fr = "Joint par téléphone, le maire se dit inquiet : « Personne ne sortira ce soir. »";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("le maire"));
    let en = "Speaking to reporters, the mayor was blunt: \u{201c}Nobody goes out tonight.\u{201d}";
    assert_eq!(quotes(en)[0].1.as_deref(), Some("the mayor"));
    // Not a thing's state, nor words inside an earlier quote.
    assert_eq!(quotes("La situation est grave : « Personne ne sortira ce soir. »")[0].1, None);
    let fr = "« Il est trop tôt », a lancé Paul Mensah, avant d'ajouter : « Nous voulons la vérité ».";
    assert_eq!(quotes(fr)[1].2.as_deref(), Some("Paul Mensah"));
}

#[test]
fn a_pronoun_resolved_for_one_quote_carries_to_the_next() {
    let fr = "Le préfet Jean Morel a parlé vendredi.\n\n« Il semblerait » que la victime « a dû sortir », a-t-il déclaré.\n\nLe bilan s'élève à « deux blessés graves », a-t-il précisé.";
    let q = quotes(fr);
    assert!(q.iter().all(|q| q.2.as_deref() == Some("Jean Morel")), "{q:?}");
}

#[test]
fn a_role_set_off_after_the_source_of_according_to_is_no_part_of_the_claim() {
    let en = "According to Didier Chevalier, a senior UN official, the trial will resume on Monday.";
    assert_eq!(claims(en)[0].0, "the trial will resume on Monday");
    let en = "KINSHASA (Reuters) - According to the police, the road was reopened on Monday.";
    assert_eq!(claims(en)[0].0, "the road was reopened on Monday");
}

#[test]
fn words_quoted_after_citing_stay_in_the_subject_s_aside() {
    let en = "The mayor, citing \u{201c}reliable reports,\u{201d} said seven people had died.";
    assert_eq!(claims(en), vec![("seven people had died".to_string(), vec!["The mayor".to_string()])]);
    let fr = "Le maire, citant « des sources fiables », a indiqué que sept personnes étaient mortes.";
    assert_eq!(claims(fr)[0].1, vec!["Le maire"]);
}

#[test]
fn a_pronoun_stands_for_a_person_of_its_sex_when_the_text_tells_it() {
    let q = quotes("Mr John Okafor met Mrs Jane Adeyemi at the camp. \"We will rebuild the school,\" she said.");
    assert_eq!(q[0].2.as_deref(), Some("Jane Adeyemi"), "{q:?}");
    let q = quotes(
        "M. Jean Roux a reçu Mme Claire Lenoir à la mairie. « Nous allons reconstruire l'école », a-t-elle déclaré.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Claire Lenoir"), "{q:?}");
    // A noun of kin in apposition tells the sex of the one it names.
    let en = "Ana Ruiz waited outside the centre. Guards began detaining migrants, she said, including her \
              husband, Tomás Ruiz. \"They let them burn,\" she said.";
    assert_eq!(quotes(en)[0].2.as_deref(), Some("Ana Ruiz"));
    let fr = "Ana Ruiz attendait devant le centre. Les gardes ont arrêté des migrants, dont son mari, Tomás \
              Ruiz. « Ils les ont laissés brûler », a-t-elle dit.";
    assert_eq!(quotes(fr)[0].2.as_deref(), Some("Ana Ruiz"));
    // With no sign of either's sex, the subject of the sentence before.
    let q = quotes("Kofi Mensah met Ama Owusu at the camp. \"We will rebuild the school,\" she said.");
    assert_eq!(q[0].2.as_deref(), Some("Kofi Mensah"), "{q:?}");
}

#[test]
fn said_of_something_still_speaks() {
    let q = quotes("\u{201c}We found nine bodies,\u{201d} Ruiz said of the raid, which took place on Friday.");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"), "{q:?}");
    assert_eq!(claims("The governor said of the raid that it had been planned for weeks.")[0].1, vec!["The governor"]);
    let q = quotes("« Nous avons retrouvé neuf corps », a dit Ruiz à propos du raid, qui a eu lieu vendredi.");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"), "{q:?}");
    // A participle before "of" still reports nothing.
    assert!(claims("Two men accused of theft were held by the crowd.").is_empty());
}

#[test]
fn a_pronoun_of_untold_people_is_a_source() {
    let en = "A blast shook the depot. Some said it sounded like thunder.";
    assert_eq!(claims(en), vec![("it sounded like thunder".to_string(), vec!["Some".to_string()])]);
    let fr = "Une explosion a secoué le dépôt. Certains affirment que le bruit ressemblait au tonnerre.";
    assert_eq!(claims(fr), vec![("le bruit ressemblait au tonnerre".to_string(), vec!["Certains".to_string()])]);
    // Not one named before: "Others" is a source of its own.
    let en = "Police said the blast came from a boiler. Others said it was a grenade.";
    assert_eq!(claims(en)[1].1, vec!["Others"]);
}

#[test]
fn pointe_after_a_quote_brings_in_its_speaker() {
    let fr = "« Nous avons compté 135 morts », pointe Emmanuel Kolié qui préside le collectif.";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("Emmanuel Kolié"));
    // Pointing at something says nothing.
    assert!(claims("Le soldat pointe son arme vers la foule.").is_empty());
    let en = "\u{201c}We counted 135 dead,\u{201d} pointed out Emmanuel Kolié, who heads the group.";
    assert_eq!(quotes(en)[0].1.as_deref(), Some("Emmanuel Kolié"));
}

#[test]
fn a_paragraph_ending_with_a_colon_leads_in_to_the_quote_that_follows_it() {
    let fr = "La fusillade a duré une heure.\n\nUne infirmière décrit la scène :\n\n« Nous soignions un \
              patient quand les coups de feu ont éclaté. »";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("Une infirmière"));
    let en =
        "The gunfire lasted an hour.\n\nOne nurse described the scene:\n\n\u{201c}We were with a patient when the \
              shots rang out.\u{201d}";
    assert_eq!(quotes(en)[0].1.as_deref(), Some("One nurse"));
    // A colon after a clause of no one leads in to nothing.
    let en = "The gunfire lasted an hour. The clinic was closed:\n\n\u{201c}We were working when it started.\u{201d}";
    assert_eq!(quotes(en)[0].1, None);
}

#[test]
fn a_speaker_s_phrase_never_ends_with_a_preposition() {
    let fr = "Le maire a écrit qu'il pensait aux familles. Et la ministre de l'intérieur d'appeler au calme : \
              « Restez chez vous ce soir. »";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("la ministre de l'intérieur"));
}

#[test]
fn an_adverb_after_an_aside_is_no_subject() {
    let en = "Police Commissioner Jane Moyo, addressing reporters in the capital, also said 31 people had been hurt.";
    assert_eq!(claims(en)[0].1, vec!["Police Commissioner Jane Moyo"]);
    let fr = "Le commissaire Paul Kaboré, s'adressant aux journalistes dans la capitale, a également indiqué que \
              31 personnes avaient été blessées.";
    assert_eq!(claims(fr)[0].1, vec!["Le commissaire Paul Kaboré"]);
}

#[test]
fn too_long_a_role_before_a_name_leaves_the_name_as_speaker() {
    let fr = "Le marché a brûlé.\n\nLe chef de la brigade de gendarmerie du canton de Nyarubé, le capitaine Paul \
              Ndayé, indique que les morts sont des commerçants :\n\n« Le toit s'est effondré. On compte 25 \
              morts. »";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("le capitaine Paul Ndayé"));
    let en = "The market burned.\n\nThe head of the gendarmerie brigade in the hill canton of Nyarube, Captain \
              Paul Ndaye, said the victims were traders:\n\n\u{201c}The roof fell in. We count 25 dead.\u{201d}";
    assert_eq!(quotes(en)[0].1.as_deref(), Some("Captain Paul Ndaye"));
}

#[test]
fn words_quoted_inside_what_another_said_are_that_one_s() {
    let en = "The governor has promised that families will get \u{201c}help to rebuild every house\u{201d}, the \
              ministry said.";
    assert_eq!(quotes(en)[0].1.as_deref(), Some("The governor"));
    let fr = "Le gouverneur a affirmé que les familles recevraient « de quoi reconstruire chaque maison », a \
              indiqué le ministère.";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("Le gouverneur"));
    // The reporter's own words stay the reporter's.
    let en = "The minister said the raid was \u{201c}cowardly and cruel\u{201d}.";
    assert_eq!(quotes(en)[0].1.as_deref(), Some("The minister"));
    let fr = "Le ministre a dénoncé une attaque « lâche et cruelle », a rapporté la radio.";
    assert_eq!(quotes(fr)[0].1.as_deref(), Some("Le ministre"));
}

#[test]
fn a_time_before_the_verb_of_speech_is_never_its_subject() {
    // With no comma before the inverted cue, the time ends the claim: it says nothing of who spoke.
    let c = claims("Les écoles resteront fermées jusqu'à mardi a précisé la rectrice.");
    assert!(c.iter().all(|(_, s)| s.iter().all(|s| s != "mardi")), "{c:?}");
    let c = claims("The schools will stay shut until Tuesday said the governor.");
    assert!(c.iter().all(|(_, s)| s.iter().all(|s| !s.contains("Tuesday"))), "{c:?}");
}

#[test]
fn whose_words_a_source_phrase_names_is_the_source() {
    let c = claims("Selon les propos du gouverneur, la digue a cédé dans la nuit.");
    assert_eq!(c, vec![("la digue a cédé dans la nuit".to_string(), vec!["gouverneur".to_string()])]);
    let c = claims("La crue a été « soudaine et brutale » selon les termes de la maire de la commune.");
    assert_eq!(c[0].1, vec!["la maire de la commune"]);
}

#[test]
fn who_spoke_told_inside_the_marks_between_two_sentences_of_the_quote() {
    let q = quotes(
        "La mine a fermé. « Les galeries ne sont plus sûres, a expliqué le directeur du site, Paul Ravel. \
         Nous rouvrirons quand les experts auront fini. »",
    );
    assert_eq!(q[0].2.as_deref(), Some("Paul Ravel"), "{q:?}");
    assert_eq!(q[0].4.as_deref(), Some("a expliqué"));
    let q = quotes("Paul Ravel dirige le site. « Les galeries ne sont plus sûres, a-t-il expliqué. Nous attendrons. »");
    assert_eq!(q[0].2.as_deref(), Some("Paul Ravel"), "{q:?}");
    let q = quotes("\u{201c}The tunnels are no longer safe, said site manager Paul Ravel. We will wait.\u{201d}");
    assert_eq!(q[0].2.as_deref(), Some("Paul Ravel"), "{q:?}");
    // A clause after the verb leaves the speaker untold there.
    let q = quotes("« Il faut partir, a dit la police, avant que la nuit tombe. Nous fermons la route. »");
    assert_eq!(q[0].1, None, "{q:?}");
}

#[test]
fn a_french_pronoun_after_a_body_that_spoke_stands_for_that_body() {
    // "il" may stand for "le parquet": the body that spoke just before, not the man named
    // earlier who never spoke.
    let text = "Le corps de Jean Dufour a été retrouvé lundi près du canal. Une enquête a été ouverte, a \
                déclaré le parquet de Lorient dans un communiqué. Les agresseurs ont « pris la fuite à pied », \
                a-t-il précisé.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(q[0].2.as_deref(), Some("Jean Dufour"), "{q:?}");
    let r = run(text);
    let speaker = &r["quotes"][0]["speaker"];
    let named =
        entity_name(&r, &speaker["entity"]).or_else(|| speaker["antecedent"]["text"].as_str().map(str::to_string));
    assert!(named.is_some_and(|n| n.contains("parquet")), "{speaker}");
}

#[test]
fn a_quote_that_goes_on_into_a_paragraph_with_no_opening_mark_ends_at_its_closing_mark() {
    let en = "Fires sweep the coast\n\n\u{201c}The count is provisional. All the dead so far are from one district.\n\nOther areas \
              are still burning and we have no figures there,\u{201d} Interior Minister Ana Ruiz said.\n\n\
              \u{201c}This is a disaster,\u{201d} said the mayor, Tom Vale.";
    let q = quotes(en);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Ana Ruiz"), "{q:?}");
    assert_eq!(q[1].0, "Other areas are still burning and we have no figures there");
    assert_eq!(q[1].2.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q[2].2.as_deref(), Some("Tom Vale"));
    let fr = "Des incendies ravagent la côte\n\n« Le bilan est provisoire. Tous les morts viennent du même quartier.\n\nD'autres zones brûlent \
              encore », a déclaré la ministre de l'Intérieur, Ana Ruiz.\n\n« C'est un désastre », a reconnu le \
              maire, Tom Vale.";
    let q = quotes(fr);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Ana Ruiz"), "{q:?}");
    assert_eq!(q[1].2.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q[2].2.as_deref(), Some("Tom Vale"));
}

#[test]
fn what_a_speaker_grants_is_said() {
    let q = quotes("« Nous n'étions pas prêts », a reconnu la préfète, Anne Morel.");
    assert_eq!(q[0].2.as_deref(), Some("Anne Morel"));
    let q = quotes("\u{201c}We were not ready,\u{201d} admitted the prefect, Anne Morel.");
    assert_eq!(q[0].2.as_deref(), Some("Anne Morel"));
    // Not a verb of speech for the words that are no quote.
    assert!(claims("Les secouristes ont reconnu le terrain avant l'aube.").is_empty());
}

#[test]
fn the_statement_named_again_speaks_for_whoever_issued_it_by_name() {
    let text = "Bandits raided two farms near the river. The account comes from a statement issued on Friday \
                by the head of the farmers' union, Peter Adu. The union said the raid began at night. Police \
                arrived hours later. Residents fled to the next town. Schools stayed shut.\n\n\
                \u{201c}Three herders were taken and the barns were burnt,\u{201d} the statement read.";
    let q = quotes(text);
    assert_eq!(q[0].2.as_deref(), Some("Peter Adu"), "{q:?}");
    let fr = "Des bandits ont attaqué deux fermes. C'est ce qu'indique un communiqué publié mardi par le président \
              du syndicat agricole, Pierre Adou. Les secours sont arrivés tard.\n\n« Trois bergers ont été \
              enlevés », précise le communiqué.";
    let q = quotes(fr);
    assert_eq!(q[0].2.as_deref(), Some("Pierre Adou"), "{q:?}");
}

#[test]
fn a_verb_in_a_relative_clause_on_the_speaker_is_not_the_one_that_introduces_the_quote() {
    let q = quotes("Later, Omar Haidari, a farmer whose fields were flooded, said: \u{201c}We lost everything in one night.\u{201d}");
    assert_eq!(q[0].2.as_deref(), Some("Omar Haidari"), "{q:?}");
    let q = quotes("Plus tard, Omar Haidari, un paysan dont les champs ont été inondés, a déclaré : « Nous avons tout perdu en une nuit. »");
    assert_eq!(q[0].2.as_deref(), Some("Omar Haidari"), "{q:?}");
}

#[test]
fn a_pronoun_stands_for_who_spoke_since_the_last_quote_not_for_its_speaker() {
    let fr = antecedents(
        "« Ils sont venus la nuit », a raconté un habitant. Une infirmière et un maire l'ont confirmé. \
         Ils accusent des « bandits venus de la frontière ».",
    );
    assert_eq!(fr, vec![None, Some("Une infirmière et un maire".to_string())]);
    let en = antecedents(
        "\"They came at night,\" a villager said. A nurse and a local councillor confirmed the attack. \
         They blamed \"bandits from across the border\".",
    );
    assert_eq!(en, vec![None, Some("A nurse and a local councillor".to_string())]);
    // A body that spoke since is no "he": the quote before keeps its speaker.
    let en = quotes(
        "\"We lost everything,\" a farmer said. The ministry said aid was on its way. \"Nobody has come yet,\" he added.",
    );
    assert_eq!(en[1].1.as_deref(), Some("a farmer"));
}

#[test]
fn a_quote_that_opens_with_a_verb_of_thought_after_the_subject_is_the_subjects() {
    let fr = quotes("Le car a quitté la route vers 4 heures. Le conducteur « pense avoir perdu le contrôle ». Le virage est réputé « très dangereux ».");
    assert_eq!(fr[0].1.as_deref(), Some("Le conducteur"));
    // The next quote, a term held at a distance, is not his.
    assert_eq!(fr[1].1, None);
    let en = quotes("The bus left the road before dawn. The driver \"believes he fell asleep\" at the wheel.");
    assert_eq!(en[0].1.as_deref(), Some("The driver"));
    // A verb of no speech or thought says nothing of who spoke.
    let en = quotes("The suspect \"was known to the police\" for years.");
    assert_eq!(en[0].1, None);
}

#[test]
fn a_record_named_again_stands_for_whoever_issued_it() {
    let en = "The army announced in a statement released on Sunday that the convoy was ambushed. \
         The official toll shows six guards killed. On the other side, two raiders were killed, the statement added.";
    assert_eq!(attributions(en)[0].0, "the convoy was ambushed");
    let r = run(en);
    let last = r["attributions"].as_array().unwrap().last().unwrap()["sources"][0].clone();
    assert_eq!(last["antecedent"]["text"].as_str(), Some("The army"));
    let fr = attributions(
        "Le ministère de l'Intérieur indique dans un communiqué publié dimanche que le convoi a été pris en embuscade. \
         Le bilan provisoire recense six gardes tués. De l'autre côté, deux assaillants ont été tués, précise le communiqué.",
    );
    assert_eq!(fr[0].0, "le convoi a été pris en embuscade");
    assert_eq!(fr.last().unwrap().1[0].1.as_deref(), Some("ministère de l'Intérieur"));
}

#[test]
fn an_inverted_speaker_after_a_channel_and_a_time_is_found() {
    let fr = quotes(
        "« Ces violences sont indignes », a réagi sur Twitter samedi soir la ministre de la Justice Anne Colin.",
    );
    assert_eq!(fr[0].2.as_deref(), Some("Anne Colin"));
    let en =
        quotes("\"This violence is shameful,\" wrote on Twitter on Saturday evening the justice minister, Anne Colin.");
    assert_eq!(en[0].2.as_deref(), Some("Anne Colin"));
}

#[test]
fn a_clause_opened_by_a_preposition_and_a_relative_has_its_own_subject() {
    let fr = attributions(
        "Paul Ravel a rencontré les journalistes lundi, rencontre pendant laquelle il a affirmé que 900 grenades ont été tirées.",
    );
    assert_eq!(fr[0].1[0].0, "il");
    assert_eq!(fr[0].1[0].1.as_deref(), Some("Paul Ravel"));
    let en = attributions("Paul Ravel held a news conference, during which he said that 900 grenades had been fired.");
    assert_eq!(en[0].1[0].0, "he");
    assert_eq!(en[0].1[0].1.as_deref(), Some("Paul Ravel"));
}

#[test]
fn a_subject_who_cites_gives_what_its_verb_says() {
    let en = attributions("Earlier, a medical source set the toll at eleven, citing clinic records.");
    assert_eq!(en[0].0, "the toll at eleven");
    assert_eq!(en[0].1[0].0, "a medical source");
    let r = run(
        "Plus tôt, une source policière avait chiffré le bilan à deux morts, citant des informations préliminaires.",
    );
    assert_eq!(r["casualties"][0]["sources"][0]["text"]["text"], "une source policière");
}

#[test]
fn a_record_speaks_for_whoever_issued_it_through_a_relative() {
    let en = attributions("Last month, the union released a report, which stated that 210 miners had died.");
    assert_eq!(en[0].0, "210 miners had died");
    assert_eq!(en[0].1[0].0, "the union");
    for fr in [
        "Le mois dernier, le syndicat a diffusé un rapport, qui affirmait que 210 mineurs étaient morts.",
        "Le mois dernier, le syndicat a diffusé un rapport selon lequel 210 mineurs étaient morts.",
    ] {
        let a = attributions(fr);
        assert_eq!(a[0].0, "210 mineurs étaient morts", "{fr}");
        assert_eq!(a[0].1[0].0, "le syndicat", "{fr}");
    }
}

#[test]
fn a_marker_inside_the_subject_leaves_the_verb_to_the_claim() {
    let fr = attributions("Le dernier bilan selon le préfet du département s'élève à 17 morts et 8 blessés.");
    assert_eq!(fr[0].0, "s'élève à 17 morts et 8 blessés");
    assert_eq!(fr[0].1.len(), 1, "{fr:?}");
    assert_eq!(fr[0].1[0].0, "le préfet du département");
    let en = attributions("The latest toll according to the district prefect stands at 17 dead and 8 injured.");
    assert_eq!(en[0].0, "stands at 17 dead and 8 injured");
    assert_eq!(en[0].1[0].0, "the district prefect");
}

#[test]
fn an_elided_fait_etat_d_is_a_verb_of_speech() {
    let fr = attributions("Des radios privées ont fait état d\u{2019}une quarantaine de morts.");
    assert_eq!(fr[0].1[0].0, "Des radios privées");
    let fr = attributions("Le ministre faisait état d'une trentaine de morts.");
    assert_eq!(fr[0].1[0].0, "Le ministre");
}

#[test]
fn one_who_relays_another_comes_after_the_one_cited() {
    let fr = attributions("Selon la radio nationale qui cite un élu local, 12 civils ont été tués.");
    let sources: Vec<&str> = fr[0].1.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(sources, ["un élu local", "la radio nationale"]);
    let en = attributions("The attackers came from the north, according to the radio citing a local official.");
    let sources: Vec<&str> = en[0].1.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(sources, ["a local official", "the radio"]);
}

#[test]
fn a_conjunction_of_time_after_a_verb_opens_a_clause_with_its_own_subject() {
    let en =
        attributions("The lawyer was abducted a day after an army spokesman accused his firm of shielding rebels.");
    assert_eq!(en[0].1[0].0, "an army spokesman");
    let fr = attributions(
        "L'avocat a été enlevé un jour après qu'un porte-parole a affirmé que son cabinet cachait des rebelles.",
    );
    assert_eq!(fr[0].1[0].0, "un porte-parole");
}

#[test]
fn to_deny_is_to_speak() {
    assert_eq!(attributions("Police deny any role in the deaths.")[0].1[0].0, "Police");
    assert_eq!(attributions("La police nie tout rôle dans ces morts.")[0].1[0].0, "La police");
}

#[test]
fn a_headline_s_source_after_a_dash_may_follow_a_bare_figure() {
    let en = attributions(
        "At least 85 hurt in Sunday's clashes in the capital - Red Cross\n\nThe clashes lasted all night.",
    );
    assert_eq!(en[0].1[0].0, "Red Cross");
    let fr = attributions(
        "Au moins 85 blessés lors des affrontements de dimanche - secours\n\nLes affrontements ont duré toute la nuit.",
    );
    assert_eq!(fr[0].1[0].0, "secours");
}

#[test]
fn a_role_and_the_person_set_off_after_a_quote_of_several_sentences_speak_it() {
    let en = quotes(
        "\"Rescuers are still searching. They have found no survivors,\" Regional police chief, Anan Sukdee, told reporters.",
    );
    assert_eq!(en[0].2.as_deref(), Some("Anan Sukdee"));
    let en =
        quotes("\"Rescuers are still searching. They have found no survivors,\" Anan Sukdee, an official, told AFP.");
    assert_eq!(en[0].2.as_deref(), Some("Anan Sukdee"));
    let fr = quotes(
        "« Les secours cherchent encore. Ils n'ont trouvé aucun survivant », le gouverneur de la province, Amadou Diallo, a déclaré à la presse.",
    );
    assert_eq!(fr[0].2.as_deref(), Some("Amadou Diallo"));
}

#[test]
fn a_count_in_the_imperfect_has_its_counter_as_source() {
    let r = run("Hier, le Bureau des risques recensait 31 blessés et 4 120 sinistrés.");
    assert_eq!(r["casualties"][0]["sources"][0]["text"]["text"], "le Bureau des risques");
    assert_eq!(r["casualties"][1]["sources"][0]["text"]["text"], "le Bureau des risques");
}

#[test]
fn words_condemned_after_an_adverb_are_the_subject_s() {
    let fr = quotes("De son côté, la présidence a vivement condamné des « actes lâches » et a appelé au calme.");
    assert_eq!(fr[0].1.as_deref(), Some("la présidence"));
    let en = quotes("Meanwhile, the government strongly condemned these \"cowardly acts\" and called for calm.");
    assert_eq!(en[0].1.as_deref(), Some("the government"));
}

#[test]
fn a_source_relayed_after_a_comma_comes_after_the_one_it_cites() {
    let en = attributions(
        "At least 14 people died in the floods, according to state radio, which cited a regional governor.",
    );
    let sources: Vec<&str> = en[0].1.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(sources, ["a regional governor", "state radio"]);
    let en =
        attributions("According to state radio, citing a regional governor, at least 14 people died in the floods.");
    let sources: Vec<&str> = en[0].1.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(sources, ["a regional governor", "state radio"]);
    let fr = attributions("Au moins 14 personnes sont mortes dans les inondations, selon la radio d'État, qui cite un gouverneur régional.");
    let sources: Vec<&str> = fr[0].1.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(sources, ["un gouverneur régional", "la radio d'État"]);
}

#[test]
fn what_describes_a_named_source_is_no_source_of_its_own_and_its_pronoun_stands_for_it() {
    let en = quotes(
        "A young teacher was beaten to death on Monday, according to Marc Delorme, a critic of Governor Paul Nkemba and \
         organiser of the march. \"We will not be silenced,\" he said.",
    );
    assert_eq!(en[0].2.as_deref(), Some("Marc Delorme"));
    let en = attributions(
        "A young teacher was beaten to death on Monday, according to Marc Delorme, a critic of Governor Paul Nkemba and \
         organiser of the march.",
    );
    assert_eq!(en[0].1.len(), 1, "{en:?}");
    assert_eq!(en[0].1[0].1.as_deref(), Some("Marc Delorme"));
    let fr = quotes(
        "Un étudiant a été tué lundi, selon Marc Delorme, opposant au gouverneur Paul Nkemba et organisateur \
         de la marche. « Nous ne nous tairons pas », a-t-il déclaré.",
    );
    assert_eq!(fr[0].2.as_deref(), Some("Marc Delorme"));
}

#[test]
fn the_agent_of_a_passive_verb_of_speech_speaks_in_the_quote_after() {
    let en = quotes(
        "The killings were condemned by President Lucien Mbarga. \"Those who did this will answer for it,\" he \
         wrote on social media.",
    );
    assert_eq!(en[0].2.as_deref(), Some("Lucien Mbarga"));
    let fr = quotes(
        "Les tueries ont été condamnées lundi par le président de la République Lucien Mbarga. « Les auteurs en \
         répondront », a-t-il ajouté.",
    );
    assert_eq!(fr[0].2.as_deref(), Some("Lucien Mbarga"));
}

#[test]
fn a_crowd_that_marched_and_chanted_is_who_chanted() {
    let en = quotes("More than 3,000 people marched and chanted \"Down with the governor!\" in the capital.");
    assert_eq!(en[0].1.as_deref(), Some("More than 3,000 people"));
    let fr = quotes("Plus de 3.000 personnes ont défilé et scandé « À bas le gouverneur ! » dans la capitale.");
    assert_eq!(fr[0].1.as_deref(), Some("Plus de 3.000 personnes"));
}

#[test]
fn a_negated_passive_verb_of_speech_leaves_the_claim_to_the_verb_after() {
    let en = attributions("The raid was not reported to the police until Friday, the mayor said.");
    assert_eq!(en[0].0, "The raid was not reported to the police until Friday");
    assert_eq!(en[0].1[0].0, "the mayor");
    let fr = attributions("Le raid n'a pas été signalé à la police avant vendredi, a déclaré le maire.");
    assert_eq!(fr[0].1[0].0, "le maire");
}

#[test]
fn a_time_set_off_after_the_verb_of_speech_opens_no_claim() {
    let en = attributions("Ali Musa, a local chief, said on Friday, gunmen had burned the market in the night.");
    assert_eq!(en[0].0, "gunmen had burned the market in the night");
    assert_eq!(en[0].1[0].1.as_deref(), Some("Ali Musa"));
    let fr = attributions(
        "Ali Musa, un chef local, a déclaré vendredi, des hommes armés ont incendié le marché dans la nuit.",
    );
    assert_eq!(fr[0].0, "des hommes armés ont incendié le marché dans la nuit");
    assert_eq!(fr[0].1[0].1.as_deref(), Some("Ali Musa"));
}

#[test]
fn a_word_after_a_figure_and_its_adjective_is_a_noun_not_a_verb_of_speech() {
    let en = attributions(
        "Floods killed 12 people in Kano, one of the five worst-hit states in the north, a relief official said.",
    );
    assert_eq!(en[0].1[0].0, "a relief official");
}

#[test]
fn a_quote_opened_with_a_straight_mark_may_close_with_a_curly_one() {
    let en = quotes("\"We are doing all we can to calm the villages,” Deng Garang said.");
    assert_eq!(en[0].0, "We are doing all we can to calm the villages");
    assert_eq!(en[0].2.as_deref(), Some("Deng Garang"));
    let fr = quotes("\"Nous faisons tout pour calmer les villages”, a déclaré Deng Garang.");
    assert_eq!(fr[0].0, "Nous faisons tout pour calmer les villages");
    assert_eq!(fr[0].2.as_deref(), Some("Deng Garang"));
}

#[test]
fn the_one_quoted_as_saying_after_a_quote_is_its_speaker() {
    for text in [
        "“The army is in control of the county,” Deng Garang was quoted as saying.",
        "“The army is in control of the county,” Deng Garang was quoted saying.",
    ] {
        let q = quotes(text);
        assert_eq!(q[0].2.as_deref(), Some("Deng Garang"), "{text}");
    }
    // French tells it with a marker: « cité par ».
    let fr = quotes("« L'armée contrôle le comté », a affirmé Deng Garang, cité par la radio locale.");
    assert_eq!(fr[0].2.as_deref(), Some("Deng Garang"));
}

#[test]
fn the_record_a_speaker_used_stands_before_the_speaker_and_is_not_it() {
    let fr = quotes(
        "« Les émeutiers ont lancé des pierres sur les policiers », a affirmé dans un communiqué publié le \
         commandant Paul Mba, chef de la police.",
    );
    assert_eq!(fr[0].2.as_deref(), Some("Paul Mba"));
    let fr = quotes("« Les émeutiers ont lancé des pierres », a indiqué dans un communiqué le préfet de police.");
    assert_eq!(fr[0].1.as_deref(), Some("le préfet de police"));
}

#[test]
fn how_the_words_came_is_no_agent_of_the_verb_of_speech() {
    let en = quotes("\"They came at night and burned the granaries,\" another villager said by phone.");
    assert_eq!(en[0].1.as_deref(), Some("another villager"));
    let fr =
        quotes("« Ils sont venus la nuit et ont brûlé les greniers », a indiqué par téléphone un autre villageois.");
    assert_eq!(fr[0].1.as_deref(), Some("un autre villageois"));
}

#[test]
fn the_statement_was_issued_by_the_person_its_description_is_set_off_after() {
    let en = quotes(
        "Amina Bello, the spokeswoman of the Kano State Police Command (KSPC), confirmed the attack in a statement on \
         Monday.\n\n\"Detectives have been deployed to the area,\" the statement said.",
    );
    assert_eq!(en[0].2.as_deref(), Some("Amina Bello"));
    let fr = quotes(
        "Amina Bello, porte-parole de la Police de l'État de Kano (PEK), a confirmé l'attaque dans un communiqué \
         lundi.\n\n« Des enquêteurs ont été déployés sur place », précise le communiqué.",
    );
    assert_eq!(fr[0].2.as_deref(), Some("Amina Bello"));
}

#[test]
fn a_police_rank_before_a_name_makes_it_a_person() {
    let en = quotes("\"The suspects are in custody,\" said DSP Musa Adamu, the command's spokesman.");
    assert_eq!(en[0].2.as_deref(), Some("Musa Adamu"));
}

#[test]
fn an_office_that_spoke_is_what_it_stands_for() {
    let en = quotes(
        "Three people died in the unrest, the electoral office said in a statement.\n\n\"We call on all sides to \
         stay calm,\" it said.",
    );
    assert_eq!(en[0].1.as_deref(), Some("it"));
    let r =
        run("Three people died in the unrest, the electoral office said in a statement.\n\n\"We call on all sides to \
         stay calm,\" it said.");
    assert_eq!(r["quotes"][0]["speaker"]["antecedent"]["text"], "the electoral office");
}

#[test]
fn a_gerund_after_a_comma_goes_on_with_the_sentence_s_speaker() {
    let fr = attributions(
        "Le maire a déclaré que la situation était calme, tout en soulignant que des renforts étaient attendus.",
    );
    let last = fr.last().unwrap();
    assert_eq!(last.0, "des renforts étaient attendus");
    assert_eq!(last.1[0].0, "Le maire");
}

#[test]
fn verbs_that_speak_only_before_a_clause() {
    let en = attributions("The spokesman mentioned that two roads were still closed.");
    assert_eq!(en[0].0, "two roads were still closed");
    assert_eq!(en[0].1[0].0, "The spokesman");
    assert!(attributions("The spokesman mentioned the name of the victim.").is_empty());
    let fr = attributions("Le porte-parole a mentionné que deux routes étaient encore coupées.");
    assert_eq!(fr[0].1[0].0, "Le porte-parole");
    let fr = attributions("Le préfet a fait remarquer que les routes étaient coupées.");
    assert_eq!(fr[0].1[0].0, "Le préfet");
    assert!(attributions("Le porte-parole a mentionné le nom de la victime.").is_empty());
}

#[test]
fn one_reads_in_the_record_that_the_sentence_before_named() {
    let fr = quotes(
        "Dans son rapport annuel, Marie Tshala, la directrice de l'ONG, a fait savoir que les attaques avaient doublé. \
         « Les civils paient le plus lourd tribut », lit-on dans le rapport.",
    );
    assert_eq!(fr[0].1.as_deref(), Some("le rapport"));
    assert_eq!(fr[0].2.as_deref(), Some("Marie Tshala"));
}

#[test]
fn a_claim_read_in_a_record_is_the_record_s_issuer_s() {
    let fr = attributions(
        "Les soldats ont repoussé une attaque contre le camp, lit-on dans le communiqué de l'armée nigérienne.",
    );
    assert_eq!(fr[0].0, "Les soldats ont repoussé une attaque contre le camp");
    assert_eq!(fr[0].1[0].0, "l'armée nigérienne");
    // With no record nor source after it, the verb names no one.
    assert!(attributions("Les soldats ont repoussé une attaque contre le camp, a-t-on indiqué.").is_empty());
}

#[test]
fn a_pronoun_after_words_said_by_phone_stands_for_who_said_them() {
    let en = quotes(
        "\"The road is cut,\" district officer Peter Wanjala said by telephone from the scene near Kisumu.\n\n\"We \
         cannot reach the village,\" he said.",
    );
    assert_eq!(en[1].2.as_deref(), Some("Peter Wanjala"));
    let fr = quotes(
        "« La route est coupée », a déclaré par téléphone depuis les lieux le préfet Pierre Ndayishimiye.\n\n« Nous \
         ne pouvons pas atteindre le village », a-t-il ajouté.",
    );
    assert_eq!(fr[1].2.as_deref(), Some("Pierre Ndayishimiye"));
}

#[test]
fn a_verb_of_speech_and_its_subject_set_off_after_the_sentence_s_subject() {
    let en = attributions("The blaze, reports the local daily, may have been started by a faulty heater.");
    assert_eq!(en[0].1[0].0, "the local daily");
    let fr = attributions("L'incendie, rapporte le quotidien local, aurait été provoqué par un radiateur défectueux.");
    assert_eq!(fr[0].1[0].0, "le quotidien local");
}

#[test]
fn an_opening_phrase_is_no_claim_when_the_verb_after_it_takes_the_claim_as_object() {
    let fr = attributions("Du côté malien, les autorités ont annoncé la mort d'au moins 14 soldats et 9 civils.");
    assert_eq!(fr[0].0, "la mort d'au moins 14 soldats et 9 civils");
    assert_eq!(fr[0].1[0].0, "les autorités");
    let en = attributions(
        "On the Malian side, the authorities announced the deaths of at least 14 soldiers and 9 civilians.",
    );
    assert_eq!(en[0].0, "the deaths of at least 14 soldiers and 9 civilians");
    assert_eq!(en[0].1[0].0, "the authorities");
}

#[test]
fn the_agent_of_a_passive_verb_of_speech_is_whom_a_pronoun_after_stands_for() {
    let en = run("The toll was confirmed by the district officer. \"Rescue work goes on,\" he added.");
    assert_eq!(en["quotes"][0]["speaker"]["antecedent"]["text"], "the district officer");
    let fr = run("Le bilan a été confirmé par le préfet. « Les recherches continuent », a-t-il ajouté.");
    assert_eq!(fr["quotes"][0]["speaker"]["antecedent"]["text"], "le préfet");
}

#[test]
fn a_person_described_by_age_or_kin_is_the_one_named_just_before() {
    let text = "Maria Costa stood by the river bank all morning.\n\n\"My son loved football,\" the 51-year-old told reporters.\n\n\"We only want him back with us.\"";
    let q = quotes(text);
    assert_eq!(q[0].1.as_deref(), Some("the 51-year-old"));
    assert_eq!(q[0].2.as_deref(), Some("Maria Costa"));
    assert_eq!(q[1].2.as_deref(), Some("Maria Costa"), "the next paragraph goes on: {q:?}");
    let text = "Marie Dubois attendait devant la mairie depuis l'aube.\n\n« Il adorait le football », a confié la quinquagénaire à l'AFP.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Marie Dubois"));
    let text = "Ana Lima waited at the morgue.\n\n\"She never came home,\" the mother said.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Ana Lima"));
    // Someone else's relative is not the one named: "his wife" is the wife of someone.
    let text = "Police chief Tom Reed said the search would go on.\n\n\"He is right,\" his wife said.";
    assert_eq!(quotes(text)[0].2, None);
}

#[test]
fn a_noun_the_tagger_reads_as_an_adjective_still_speaks_before_told() {
    let a = attributions("The official told reporters that the road was closed.");
    assert_eq!(a[0].1[0].0, "The official");
    let q = quotes("\"The road is closed,\" the official told reporters.");
    assert_eq!(q[0].1.as_deref(), Some("the official"));
}

#[test]
fn narrated_and_reasserted_bring_in_what_was_said() {
    let q = quotes("Okafor narrated that \u{201c}the raiders arrived on motorbikes and burned the granary.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Okafor"));
    let q = quotes("At the council meeting, Okafor reasserted he had asked for \u{201c}calm from every side\u{201d}.");
    assert_eq!(q[0].1.as_deref(), Some("Okafor"));
    let q = quotes("Le ministre a réaffirmé qu'il avait demandé « le calme de toutes les parties ».");
    assert_eq!(q[0].1.as_deref(), Some("Le ministre"));
}

#[test]
fn de_sources_names_its_sources_with_their_noun() {
    let a = attributions("De sources officielles, l'on dénombre sept morts et douze blessés.");
    assert_eq!(a[0].1[0].0, "sources officielles");
    let a = attributions("Cinq soldats ont été tués, a-t-on appris de source hospitalière.");
    assert_eq!(a[0].1[0].0, "source hospitalière");
}
