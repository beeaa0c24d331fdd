// compromise 14 with compromise-dates: people, places, organisations, numbers and dates.
import nlp from "compromise";
import dates from "compromise-dates";

nlp.plugin(dates);

export async function load() {
  return (text) => {
    const doc = nlp(text);
    return {
      people: doc.people().out("array"),
      places: doc.places().out("array"),
      organizations: doc.organizations().out("array"),
      numbers: doc.numbers().json(),
      dates: doc.dates({ timezone: "UTC", today: "2025-01-01" }).json(),
    };
  };
}
