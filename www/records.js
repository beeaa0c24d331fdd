// What the page says about each record of a result: names instead of ids, counts in words, and
// the fields of a record as label/value lines. Plain data in, plain strings out: the page turns
// them into text nodes.

export const ENTITY_TYPES = {
  PERSON: "person",
  ORG: "organisation",
  GPE: "place",
  LOC: "area",
  NORP: "group",
  MISC: "other name",
};

const APPROX = { more_than: "more than", at_least: "at least", about: "about", almost: "almost", up_to: "up to", fewer_than: "fewer than" };
export const ROLES = { actor1: "actor 1", actor2: "actor 2", associate: "associate" };
const SOURCE_KINDS = { ngo: "NGO", state_media: "state media", media: "media", agency: "agency", government: "government", military: "military", official: "official", anonymous: "anonymous", witness: "witness", other: "other" };
const TIME_TYPES = { DATE: "date", TIME: "time", DURATION: "duration", SET: "set" };
const MODS = { ON_OR_AFTER: "on or after", START: "the start of", MID: "the middle of", END: "the end of", APPROX: "about", MORE_THAN: "more than", EQUAL_OR_MORE: "at least", LESS_THAN: "less than", EQUAL_OR_LESS: "up to" };

export const sourceKind = (kind) => SOURCE_KINDS[kind] ?? kind;
export const timeType = (type) => TIME_TYPES[type] ?? String(type).toLowerCase();

/** Look-ups a result's records need: entities and casualty figures by id. */
export function context(result) {
  return {
    result,
    entities: new Map(result.entities.map((e) => [e.id, e])),
    casualties: new Map(result.casualties.map((c) => [c.id, c])),
  };
}

/** "at least 35": a count with its approximator in words. */
export function countWords(value, approx) {
  const words = approx ? APPROX[approx] ?? String(approx).replaceAll("_", " ") : "";
  return [words, Number(value).toLocaleString("en")].filter(Boolean).join(" ");
}

const words = (text) => (typeof text === "string" ? text : text?.text ?? "");

/**
 * Who a mention names, as [name, note]: the entity's name when it names one, with the words of
 * the text in the note when they say more ("Sylvain Ekenge", "“army spokesman Sylvain Ekenge”");
 * else the words themselves.
 */
export function named(mention, ctx) {
  if (!mention) return [null, null];
  const said = words(mention.text);
  const entity = mention.entity ? ctx.entities.get(mention.entity) : null;
  if (!entity) return [said || null, null];
  return [entity.name, said && said !== entity.name ? `“${said}”` : null];
}

/** A source as [name, note]: its name, then its kind and the words that name it. */
export function sourceLine(source, ctx) {
  const [name, said] = named(source, ctx);
  return [name, [source.kind ? `(${sourceKind(source.kind)})` : null, said].filter(Boolean).join(" ") || null];
}

export function placeWords(location) {
  if (!location) return null;
  const parts = [];
  for (const p of [location.name, location.admin1, location.country]) if (p && !parts.includes(p)) parts.push(p);
  return parts.join(", ") || null;
}

export function quantityValue(q) {
  if (q.range) return `${Number(q.range[0]).toLocaleString("en")}–${Number(q.range[1]).toLocaleString("en")}`;
  return countWords(q.value, q.approx) + (q.vague ? " (vague)" : "");
}

export function casualtyWords(c) {
  return `${countWords(c.count.value, c.count.approx)} ${c.kind}`;
}

/** The span a record is shown at in the text. */
export function spanOf(record) {
  const { type, item } = record;
  switch (type) {
    case "entity": return item.mentions[0];
    case "quote": return item.text;
    case "attribution": return item.claim;
    case "quantity": return item.text;
    case "casualty": return item.mentions[0];
    case "time": return item.text;
    case "event": return item.trigger;
    default: return item;
  }
}

/** How a record is introduced when it is pointed to: "person Bintou Keita". */
export function recordTitle(record, ctx) {
  const { type, item } = record;
  switch (type) {
    case "entity": return `${ENTITY_TYPES[item.type] ?? item.type} ${item.name}`;
    case "quote": return `quote${item.speaker ? ` by ${named(item.speaker, ctx)[0]}` : ""}`;
    case "attribution": return `claim${item.sources.length ? ` by ${item.sources.map((s) => named(s, ctx)[0]).join(", ")}` : ""}`;
    case "quantity": return `figure ${quantityValue(item)}`;
    case "casualty": return `casualties: ${casualtyWords(item)}`;
    case "time": return `${timeType(item.type)} ${item.value}`;
    case "event": return `event: ${item.type}, ${item.sub_type}`;
    case "sentence": return `sentence ${record.index + 1} (${item.zone})`;
    default: return record.name ?? type;
  }
}

/**
 * The lines of a record, [label, value]: what the record panel shows. Ids are replaced by the
 * names they stand for; an empty value is left out.
 */
export function recordFields(record, ctx) {
  const { type, item } = record;
  const list = (xs) => xs.filter(Boolean).join("; ") || null;
  const nameWithNote = (m) => {
    const [name, note] = named(m, ctx);
    return name ? [name, note].filter(Boolean).join(" ") : null;
  };
  const sources = (xs) => list(xs.map((s) => sourceLine(s, ctx).filter(Boolean).join(" ")));
  let fields;
  switch (type) {
    case "entity":
      fields = [
        ["Name", item.name],
        ["Type", `${ENTITY_TYPES[item.type] ?? item.type} (${item.type})`],
        ["Aliases", list(item.aliases)],
        ["Roles", list(item.roles)],
        ["Mentions", String(item.mentions.length)],
        ["As written", list([...new Set(item.mentions.map((m) => m.text))].slice(0, 12))],
      ];
      break;
    case "quote":
      fields = [
        ["Quote", item.text.text],
        ["Speaker", nameWithNote(item.speaker) ?? "none found"],
        ["Named", item.speaker ? (item.speaker.named ? "yes" : "no") : null],
        ["Speaker’s role", item.speaker?.role],
        ["Cue", item.cue],
        ["Said to", nameWithNote(item.to)],
        ["Paragraph", item.paragraph == null ? null : String(item.paragraph + 1)],
      ];
      break;
    case "attribution":
      fields = [["Claim", item.claim.text], ["Sources", sources(item.sources)], ["Cue", item.cue]];
      break;
    case "quantity":
      fields = [
        ["Figure", item.text.text],
        ["Value", quantityValue(item)],
        ["Unit", item.unit],
      ];
      break;
    case "casualty":
      fields = [
        ["Count", casualtyWords(item)],
        ["Victims", item.victims],
        ["Perpetrator", nameWithNote(item.perpetrator)],
        ["Cause", item.cause],
        ["Location", nameWithNote(item.location)],
        ["Sources", sources(item.sources)],
        ["Given", item.mentions.length > 1 ? `${item.mentions.length} times` : null],
        ["New toll", item.update ? "yes: it replaces an earlier figure" : null],
      ];
      break;
    case "time":
      fields = [
        ["Words", item.text.text],
        ["Type", timeType(item.type)],
        ["Value", item.value],
        ["Resolved against", item.anchor],
        ["Modifier", MODS[item.mod] ?? item.mod],
      ];
      break;
    case "event": {
      const casualties = [
        item.fatalities ? `${countWords(item.fatalities.value, item.fatalities.approx)} killed` : null,
        ...(item.other_casualties ?? []).map((id) => ctx.casualties.get(id)).filter(Boolean).map(casualtyWords),
      ];
      fields = [
        ["Type", item.type],
        ["Sub-type", item.sub_type],
        ["Words", list([...new Set([item.trigger, ...(item.mentions ?? [])].map((m) => m?.text))])],
        ["Date", item.date ? `${item.date.value}${item.date.precision !== "day" ? ` (${item.date.precision})` : ""}` : null],
        ["Location", placeWords(item.location)],
        ["Actors", list((item.actors ?? []).map((a) => `${nameWithNote(a)} (${ROLES[a.role] ?? a.role})`))],
        ["Casualties", list(casualties)],
        ["Sources", sources(item.sources ?? [])],
        ["Certainty", item.certainty],
      ];
      break;
    }
    case "sentence":
      fields = [
        ["Sentence", `${record.index + 1} of ${ctx.result.sentences.length}`],
        ["Zone", item.zone],
        ["Paragraph", item.paragraph == null ? null : String(item.paragraph + 1)],
        ["Length", `${item.text.length} characters`],
      ];
      break;
    default:
      fields = [
        ["Part", record.name],
        ["Words", item.text],
        ["Value", item.value],
        ["Photographer", item.photographer],
        ["Agency", item.agency],
      ];
  }
  return fields.filter(([, v]) => v != null && v !== "");
}
