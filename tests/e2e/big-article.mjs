// A long invented report for the tests, as many bytes as asked: the same paragraph again and
// again with other names, places and figures, so that there are many different records.
const PEOPLE = ["Amina Diallo", "Jonas Weber", "Maria Santos", "Kofi Mensah", "Li Wei", "Olga Ivanova", "Samir Haddad", "Grace Njoroge", "Tomas Novak", "Fatima Zahra"];
const PLACES = ["Kharkiv", "Goma", "Aleppo", "Mosul", "Bamako", "Juba", "Kherson", "Gaza", "Khartoum", "Mogadishu"];
const SOURCES = ["the Red Cross", "the United Nations", "Reuters", "the health ministry", "Human Rights Watch", "the army"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An article of about `size` characters (all ASCII, so as many bytes). */
export function bigArticle(size) {
  const parts = ["Fighting spreads across the region as talks stall\n\nHundreds have fled their homes this week, officials said.\n\nPublished on 14/03/2025 09:12\n"];
  let length = parts[0].length;
  for (let i = 0; length < size; i++) {
    const who = PEOPLE[i % PEOPLE.length];
    const other = PEOPLE[(i * 7 + 3) % PEOPLE.length];
    const place = PLACES[(i * 3) % PLACES.length];
    const source = SOURCES[i % SOURCES.length];
    const n = 3 + ((i * 37) % 400);
    const paragraph =
      `\nAt least ${n} people were killed when shelling hit a market in ${place} on ${1 + (i % 28)} ${MONTHS[i % 12]} 2024, ${source} said. ` +
      `"We counted ${n + 12} wounded in one night," said ${who}, a doctor at the main hospital. ` +
      `According to ${other}, about ${n * 10} families left the city between Monday and Wednesday, and ${(i % 9) + 2} convoys were stopped at checkpoints.\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  return parts.join("");
}
