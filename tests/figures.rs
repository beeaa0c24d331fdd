//! Quantities and casualty figures, in English and French.

use reportage::{extract, Options};
use serde_json::Value;

fn run(text: &str) -> Value {
    serde_json::to_value(extract(text, &Options::default()).unwrap()).unwrap()
}

/// (text, value, approx, unit, range, vague)
fn quantities(text: &str) -> Vec<(String, f64, Value, Value, Value, bool)> {
    run(text)["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["text"]["text"].as_str().unwrap().to_string(),
                q["value"].as_f64().unwrap(),
                q["approx"].clone(),
                q["unit"].clone(),
                q["range"].clone(),
                q["vague"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn approximators_in_both_languages() {
    let q = quantities("More than 1,200 people fled and at least 19 died, while nearly 300 were hurt.");
    assert_eq!((q[0].0.as_str(), q[0].1, q[0].2.as_str()), ("More than 1,200 people", 1200.0, Some("more_than")));
    assert_eq!((q[1].0.as_str(), q[1].2.as_str()), ("at least 19", Some("at_least")));
    assert_eq!(q[2].2.as_str(), Some("almost"));
    let fr =
        quantities("Plus de 1 200 personnes ont fui et près de 300 ont été blessées, dont environ 3,5 % d'enfants.");
    assert_eq!((fr[0].1, fr[0].2.as_str()), (1200.0, Some("more_than")));
    assert_eq!(fr[1].2.as_str(), Some("almost"));
    assert_eq!((fr[2].0.as_str(), fr[2].1, fr[2].3.as_str()), ("environ 3,5 %", 3.5, Some("%")));
    // Elided before a vowel.
    let fr = quantities("Près d'un millier de riverains ont été relogés.");
    assert_eq!((fr[0].0.as_str(), fr[0].1, fr[0].2.as_str()), ("Près d'un millier", 1000.0, Some("almost")));
}

#[test]
fn number_words_and_units() {
    let q = quantities("The front line is about fifteen kilometres away and two dozen trucks waited.");
    assert_eq!((q[0].0.as_str(), q[0].1, q[0].3.as_str()), ("about fifteen kilometres", 15.0, Some("km")));
    assert_eq!(q[1].1, 24.0);
    let fr = quantities("Une cinquantaine de villages et un demi-million d'habitants sont touchés.");
    assert_eq!((fr[0].0.as_str(), fr[0].1, fr[0].2.as_str()), ("Une cinquantaine", 50.0, Some("about")));
    assert_eq!(fr[1].1, 500_000.0);
}

#[test]
fn a_range_written_with_a_dash_keeps_both_ends_and_its_unit() {
    let en = quantities("Prices rose by 15-20 percent in the capital last month, traders said.");
    assert_eq!(
        (en[0].0.as_str(), en[0].3.as_str(), en[0].4.clone()),
        ("15-20 percent", Some("%"), serde_json::json!([15.0, 20.0]))
    );
    let fr = quantities("Entre 3 et 4 000 déplacés, et 40–50 personnes blessées selon la préfecture.");
    let dashed = fr.iter().find(|q| q.0.starts_with("40")).unwrap();
    assert_eq!((dashed.0.as_str(), dashed.4.clone()), ("40–50 personnes", serde_json::json!([40.0, 50.0])));
}

#[test]
fn ranges() {
    let q = quantities("Between 10 and 20 houses burned; 30 to 40 families were moved. Entre 5 et 8 blessés.");
    assert_eq!((q[0].0.as_str(), q[0].4.clone()), ("Between 10 and 20", serde_json::json!([10.0, 20.0])));
    assert_eq!(q[1].4, serde_json::json!([30.0, 40.0]));
    assert_eq!(q[2].4, serde_json::json!([5.0, 8.0]));
}

#[test]
fn vague_multiples_are_lower_bounds() {
    let q = quantities("Dozens were arrested and hundreds of thousands fled.");
    assert_eq!((q[0].0.as_str(), q[0].5), ("Dozens", true));
    assert!(q[0].1 >= 12.0);
    assert!(q[1].1 >= 100_000.0);
    let fr = quantities("Des milliers de manifestants ont défilé dans la capitale.");
    assert_eq!((fr[0].0.as_str(), fr[0].5), ("Des milliers", true));
    assert!(fr[0].1 >= 1000.0);
}

#[test]
fn years_dates_and_names_are_not_quantities() {
    let q = quantities("In 2014 the M23 rebels took Goma on November 20, 2012 at 14:30.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_number_like_a_year_that_counts_people_is_a_figure_not_a_date() {
    let text = "Le cyclone a fait 1950 morts et 2040 blessés, selon la protection civile.";
    let c = casualties(text);
    let figures: Vec<(&str, f64)> = c.iter().map(|c| (c.0.as_str(), c.1)).collect();
    assert!(figures.contains(&("wounded", 2040.0)) && figures.len() == 2, "{figures:?}");
    assert!(run(text)["times"].as_array().unwrap().is_empty());
    let text = "The storm caused the deaths of 1850 people and left 2030 injured, officials said.";
    let figures: Vec<(String, f64)> = casualties(text).into_iter().map(|c| (c.0, c.1)).collect();
    assert_eq!(figures, [("dead".to_string(), 1850.0), ("wounded".to_string(), 2030.0)]);
    assert!(run(text)["times"].as_array().unwrap().is_empty());
    // A year before other words is still one.
    assert_eq!(run("Between 2010 and 2012 the toll rose.")["times"].as_array().unwrap().len(), 2);
    assert_eq!(run("In 2022 people were killed in record numbers.")["times"].as_array().unwrap().len(), 1);
    assert_eq!(run("The earthquake of 2010 killed more than 200,000 people.")["times"].as_array().unwrap().len(), 1);
}

#[test]
fn others_counted_after_one_person_are_the_headline_s_figure_told_again() {
    let fr = "Un mort et 12 villageois kidnappés au Nigeria\n\nUn habitant a été abattu mardi et 12 autres \
              kidnappés par des hommes armés, a indiqué la police.";
    let kidnapped: Vec<CasualtyRow> = casualties(fr).into_iter().filter(|c| c.0 == "kidnapped").collect();
    assert_eq!(kidnapped.len(), 1, "{kidnapped:?}");
    assert_eq!((kidnapped[0].1, kidnapped[0].6), (12.0, 2));
    let en = "One dead and 12 villagers kidnapped in Nigeria\n\nOne resident was shot dead on Tuesday and 12 \
              others kidnapped by gunmen, police said.";
    let kidnapped: Vec<CasualtyRow> = casualties(en).into_iter().filter(|c| c.0 == "kidnapped").collect();
    assert_eq!(kidnapped.len(), 1, "{kidnapped:?}");
    assert_eq!((kidnapped[0].1, kidnapped[0].6), (12.0, 2));
}

/// (kind, value, approx, victims, perpetrator words, sources words, mentions, update)
type CasualtyRow = (String, f64, Value, Value, Option<String>, Vec<String>, usize, bool);

fn casualties(text: &str) -> Vec<CasualtyRow> {
    run(text)["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["count"]["value"].as_f64().unwrap(),
                c["count"]["approx"].clone(),
                c["victims"].clone(),
                c["perpetrator"]["text"]["text"].as_str().map(str::to_string),
                c["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["text"]["text"].as_str().unwrap().to_string())
                    .collect(),
                c["mentions"].as_array().unwrap().len(),
                c["update"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn killed_with_victims_perpetrator_and_source() {
    let c = casualties(
        "Israel carried out strikes on Rafah, killing at least 27 civilians, according to the civil defence agency.",
    );
    assert_eq!((c[0].0.as_str(), c[0].1, c[0].3.as_str()), ("killed", 27.0, Some("civilians")));
    assert_eq!(c[0].4.as_deref(), Some("Israel"));
    assert_eq!(c[0].5, vec!["the civil defence agency"]);
}

#[test]
fn wounded_missing_displaced_and_arrested() {
    let c = casualties("Eleven soldiers were wounded and four are missing. The floods displaced thousands. Police arrested 40 protesters.");
    let kinds: Vec<&str> = c.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(kinds, vec!["wounded", "missing", "displaced", "arrested"]);
}

#[test]
fn killings_told_by_their_manner_count_the_dead_and_a_crowd_is_no_victim() {
    for text in [
        "Three traders were beaten to death near the market on Sunday.",
        "Trois commerçants ont été battus à mort près du marché dimanche.",
        "Une foule a brûlé vifs trois commerçants près du marché dimanche.",
    ] {
        let c = casualties(text);
        let counts: Vec<(&str, f64)> = c.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(counts, vec![("killed", 3.0)], "{text}");
    }
}

#[test]
fn french_tolls() {
    let c = casualties("Au moins 19 civils ont été tués et plus de 240 morts sont recensés, selon l'OSDH. Des centaines de personnes ont été blessées.");
    assert_eq!((c[0].0.as_str(), c[0].1, c[0].3.as_str()), ("killed", 19.0, Some("civils")));
    assert_eq!((c[1].0.as_str(), c[1].1, c[1].2.as_str()), ("dead", 240.0, Some("more_than")));
    assert_eq!(c[0].5, vec!["l'OSDH"]);
    assert_eq!(c[2].0, "wounded");
}

#[test]
fn the_same_figure_twice_is_one_casualty_with_two_mentions() {
    let text = "Storm toll climbs\n\nMore than 60 people have died, officials said.\n\nPublished on 02/10/2024 08:00\n\nThe storm has left more than 60 dead across three provinces, the civil protection agency said.";
    let c = casualties(text);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].6, 2);
}

#[test]
fn a_rising_toll_keeps_both_figures_and_marks_the_update() {
    let c = casualties("Twelve people were killed in the blast. By evening the death toll rose to 25, police said.");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!((c[0].1, c[0].7), (12.0, false));
    assert_eq!((c[1].1, c[1].7), (25.0, true));
}

#[test]
fn the_possessor_is_not_the_perpetrator() {
    let c = casualties("Sudan's Rapid Support Forces killed at least 40 villagers in the attack, medics said.");
    assert_eq!(c[0].4.as_deref(), Some("Rapid Support Forces"));
}

#[test]
fn an_aside_between_victims_and_verb_is_skipped() {
    let c = casualties("Au moins 45 personnes, dont 12 enfants, ont été tuées dans la nuit.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("killed", 45.0));
    let en = casualties("At least 30 people, including nine children, were killed overnight.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("killed", 30.0));
}

#[test]
fn a_passive_agent_is_the_perpetrator_in_both_languages() {
    let en = casualties("Twelve civilians were killed by Russian shelling in Kherson on Sunday.");
    assert_eq!(en[0].4.as_deref(), Some("Russian"));
    let fr = casualties("Au moins huit civils ont été tués par des frappes israéliennes à Rafah.");
    assert_eq!(fr[0].4.as_deref(), Some("israéliennes"));
}

#[test]
fn a_french_toll_that_rises_is_an_update() {
    let c = casualties("Le bilan s'est alourdi à 25 morts, selon l'Observatoire syrien des droits de l'homme.");
    assert_eq!((c[0].1, c[0].7), (25.0, true));
    let c = casualties("The death toll rose to 31, the health ministry said.");
    assert_eq!((c[0].1, c[0].7), (31.0, true));
}

#[test]
fn words_run_together_after_a_full_stop_are_still_read() {
    let c = casualties("Two people were killed,the UN said.Hundreds were wounded in the shelling.");
    assert!(c.iter().any(|c| c.0 == "wounded" && c.1 == 200.0), "{c:?}");
}

#[test]
fn an_approximate_noun_after_a_count_keeps_the_count() {
    let q = quantities("Près de deux douzaines de maisons ont brûlé, et une cinquantaine de familles sont parties.");
    let texts: Vec<&str> = q.iter().map(|q| q.0.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("deux")), "{texts:?}");
    assert!(texts.contains(&"une cinquantaine"), "{texts:?}");
}

/// (kind, count, victims) of every casualty figure.
fn kinds(text: &str) -> Vec<(String, f64, Option<String>)> {
    casualties(text).into_iter().map(|c| (c.0, c.1, c.3.as_str().map(str::to_string))).collect()
}

/// (kind, count) of every casualty figure.
fn counts(text: &str) -> Vec<(String, f64)> {
    casualties(text).into_iter().map(|c| (c.0, c.1)).collect()
}

/// `(kind, count, victims)` rows as `kinds` gives them.
fn victims(rows: &[(&str, f64, Option<&str>)]) -> Vec<(String, f64, Option<String>)> {
    rows.iter().map(|&(kind, count, victims)| (kind.to_string(), count, victims.map(str::to_string))).collect()
}

/// `(kind, count)` rows as `counts` gives them.
fn rows(rows: &[(&str, f64)]) -> Vec<(String, f64)> {
    rows.iter().map(|&(kind, count)| (kind.to_string(), count)).collect()
}

#[test]
fn casualty_nouns_after_the_figure_in_both_languages() {
    assert_eq!(kinds("At least 14 fatalities were reported after the storm."), victims(&[("dead", 14.0, None)]));
    assert_eq!(kinds("Gunmen seized 37 hostages near the border."), victims(&[("kidnapped", 37.0, None)]));
    assert_eq!(kinds("Quelque 600 corps ont été retrouvés dans les décombres."), victims(&[("dead", 600.0, None)]));
    assert_eq!(kinds("La police a procédé à 83 interpellations."), victims(&[("arrested", 83.0, None)]));
}

#[test]
fn victims_as_the_subject_of_a_verb_of_no_harm_are_no_toll() {
    // "victimes" tells a death only as the object of a toll ("a fait deux victimes").
    assert_eq!(counts("L'incendie a fait trois victimes, selon les pompiers."), rows(&[("dead", 3.0)]));
    assert_eq!(counts("Les trois victimes ont été relâchées jeudi après-midi."), rows(&[]));
    assert_eq!(counts("Les trois victimes faisaient une randonnée quand elles ont été enlevées."), rows(&[]));
    // A verb that tells of the dead keeps the toll.
    assert_eq!(counts("Les douze victimes seront inhumées vendredi."), rows(&[("dead", 12.0)]));
    assert_eq!(counts("Les deux victimes ont succombé à leurs blessures."), rows(&[("dead", 2.0)]));
    assert_eq!(counts("The two victims were freed on Sunday evening."), rows(&[]));
}

#[test]
fn the_deaths_of_a_number_of_people() {
    let c = kinds("The shelling caused the deaths of 312 people, the ministry said.");
    assert_eq!(c, victims(&[("dead", 312.0, Some("people"))]));
}

#[test]
fn adverbs_between_the_victims_and_the_harm_word() {
    assert_eq!(
        kinds("Police said 45 demonstrators were also detained."),
        victims(&[("arrested", 45.0, Some("demonstrators"))])
    );
    assert_eq!(kinds("Deux soldats ont par ailleurs été blessés."), victims(&[("wounded", 2.0, Some("soldats"))]));
    assert_eq!(kinds("At least 30 people are still unaccounted for."), victims(&[("missing", 30.0, Some("people"))]));
    assert_eq!(kinds("Dix pêcheurs sont portés disparus."), victims(&[("missing", 10.0, Some("pêcheurs"))]));
}

#[test]
fn victims_the_lists_do_not_know_are_read_from_the_noun_before_the_harm_word() {
    assert_eq!(
        kinds("Twelve miners were killed when the shaft collapsed."),
        victims(&[("killed", 12.0, Some("miners"))])
    );
    assert_eq!(
        kinds("Trois randonneurs ont été blessés par une avalanche."),
        victims(&[("wounded", 3.0, Some("randonneurs"))])
    );
}

#[test]
fn an_indefinite_article_before_a_victim_counts_one() {
    let en = casualties("A soldier was killed in the attack, the army said.");
    assert_eq!((en[0].0.as_str(), en[0].1, en[0].3.as_str()), ("killed", 1.0, Some("soldier")));
    assert_eq!(kinds("Gunmen killed a policeman near the market."), victims(&[("killed", 1.0, Some("policeman"))]));
    assert_eq!(kinds("Une personne a été blessée par balle."), victims(&[("wounded", 1.0, Some("personne"))]));
    // No harm word: no casualty.
    assert!(kinds("A person familiar with the talks said they had stalled.").is_empty());
    assert!(kinds("Un habitant a raconté la nuit de bombardements.").is_empty());
}

#[test]
fn a_toll_raised_by_a_participle_is_an_update() {
    let en = casualties("New strikes killed nine people, raising the toll to 4,870.");
    assert_eq!((en[1].0.as_str(), en[1].1, en[1].7), ("dead", 4870.0, true));
    let fr = casualties("Les frappes ont tué neuf personnes, portant le bilan à 4 870 morts.");
    assert_eq!((fr[1].0.as_str(), fr[1].1, fr[1].7), ("dead", 4870.0, true));
}

#[test]
fn a_vague_multiple_of_a_harm_word() {
    assert_eq!(kinds("Le séisme a fait des centaines de disparus."), victims(&[("missing", 200.0, None)]));
}

#[test]
fn the_same_figure_with_and_without_at_least_is_one_item_and_two_places_are_two() {
    let c =
        casualties("At least 20 people were killed in the strike, officials said. The 20 dead included five children.");
    // The 20 once, with both mentions; the children are a part of them, an item of their own.
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!((c[0].1, c[0].2.as_str(), c[0].6), (20.0, Some("at_least"), 2));
    assert_eq!((c[1].1, c[1].3.as_str()), (5.0, Some("children")));
    let c = casualties("À Kharkiv, trois personnes ont été tuées. À Odessa, trois personnes ont été tuées.");
    assert_eq!(c.len(), 2, "{c:?}");
}

#[test]
fn a_country_s_toll_restated_for_a_province_in_it_is_one_item() {
    let c = casualties(
        "Floods killed at least nine people in Chile on Wednesday. Nine people died, most of them in the Atacama region, the interior ministry said.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].5, vec!["the interior ministry"], "{c:?}");
    let c = casualties(
        "Des inondations ont fait au moins neuf morts mercredi au Chili. Neuf personnes sont mortes, pour la plupart dans la région d'Atacama, selon le ministère de l'Intérieur.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    // As many more, later, are more.
    let c = casualties("Eight people died in Brazil on Monday. On Tuesday, eight more died in Bahia state.");
    assert_eq!(c.len(), 2, "{c:?}");
    let c =
        casualties("Huit personnes sont mortes lundi au Brésil. Mardi, huit autres personnes sont mortes à Salvador.");
    assert_eq!(c.len(), 2, "{c:?}");
    // A city of another country is another place.
    let c = casualties(
        "In Ukraine, three people were killed on Monday. In Belgorod, three people were killed by shelling.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    let c = casualties("En Ukraine, trois personnes ont été tuées lundi. À Belgorod, trois personnes ont été tuées.");
    assert_eq!(c.len(), 2, "{c:?}");
}

#[test]
fn an_article_before_a_noun_the_lists_do_not_know_counts_one_beside_a_harm_word() {
    assert_eq!(kinds("A motorist died on Sunday when a tree fell."), victims(&[("dead", 1.0, Some("motorist"))]));
    assert_eq!(
        kinds("Un automobiliste est mort dimanche à Quimper."),
        victims(&[("dead", 1.0, Some("automobiliste"))])
    );
    assert_eq!(kinds("The blast killed a local official."), victims(&[("killed", 1.0, Some("official"))]));
    assert_eq!(kinds("Les combats ont tué un commandant rebelle."), victims(&[("killed", 1.0, Some("commandant"))]));
    // No harm word, or one that only leads a count: no casualty.
    assert!(kinds("A report released on Monday said the talks had stalled.").is_empty());
    assert!(kinds("The storm left a trail of damage.").is_empty());
    assert!(kinds("Un rapport publié lundi a été critiqué.").is_empty());
}

#[test]
fn victim_nouns_in_a_row_are_one_group() {
    assert_eq!(
        kinds("Two other people were seriously injured in Hull."),
        victims(&[("wounded", 2.0, Some("other people"))])
    );
    assert_eq!(
        kinds("Deux autres personnes ont été grièvement blessées à Brest."),
        victims(&[("wounded", 2.0, Some("autres personnes"))])
    );
}

#[test]
fn evacuations_are_displacement() {
    assert_eq!(
        kinds("About 300 residents were evacuated overnight."),
        victims(&[("displaced", 300.0, Some("residents"))])
    );
    assert_eq!(kinds("Quelque 300 habitants ont été évacués."), victims(&[("displaced", 300.0, Some("habitants"))]));
}

#[test]
fn a_time_between_the_harm_word_and_the_figure() {
    assert_eq!(kinds("L'attaque a tué mardi cinq personnes."), victims(&[("killed", 5.0, Some("people"))]));
    assert_eq!(kinds("Le raid a blessé jeudi trois policiers."), victims(&[("wounded", 3.0, Some("policiers"))]));
    assert_eq!(kinds("Le village où 12 civils sont morts."), victims(&[("dead", 12.0, Some("civils"))]));
}

#[test]
fn a_harm_verb_with_an_object_makes_the_figure_its_subject() {
    assert_eq!(kinds("A bomb killed 12 people near the market."), victims(&[("killed", 12.0, Some("people"))]));
    assert_eq!(kinds("Trois assaillants ont blessé un garde."), victims(&[("wounded", 1.0, Some("garde"))]));
    // Those who fled have places as objects.
    assert_eq!(
        kinds("Plus de 4 000 personnes ont fui la zone depuis vendredi."),
        victims(&[("displaced", 4000.0, Some("people"))])
    );
    // A time after the harm word is no object.
    assert_eq!(
        kinds("Au moins 11 personnes ont été tuées et 23 blessées samedi soir."),
        victims(&[("killed", 11.0, Some("people")), ("wounded", 23.0, None)])
    );
}

#[test]
fn an_age_is_no_count_and_another_counts_one_more() {
    assert_eq!(
        kinds("Artillery hit the town, killing a 71-year-old man and wounding another."),
        victims(&[("killed", 1.0, Some("man")), ("wounded", 1.0, None)])
    );
    assert_eq!(
        kinds("Un berger a péri et un autre a été blessé."),
        victims(&[("dead", 1.0, Some("berger")), ("wounded", 1.0, Some("autre"))])
    );
    assert_eq!(kinds("A 47-year-old man was arrested on Thursday."), victims(&[("arrested", 1.0, Some("man"))]));
    // "another" before a noun is no victim.
    assert_eq!(kinds("Another attack killed five people."), victims(&[("killed", 5.0, Some("people"))]));
}

#[test]
fn victims_joined_by_a_conjunction_and_a_part_of_a_figure() {
    assert_eq!(
        kinds("At least 17 combatants and civilians were killed."),
        victims(&[("killed", 17.0, Some("combatants and civilians"))])
    );
    assert_eq!(
        kinds("Au moins 17 combattants et civils ont été tués."),
        victims(&[("killed", 17.0, Some("combattants et civils"))])
    );
    assert_eq!(
        kinds("The shelling caused the deaths of 31 people, including seven children."),
        victims(&[("dead", 31.0, Some("people")), ("dead", 7.0, Some("children"))])
    );
    assert_eq!(
        kinds("Les frappes ont fait 31 morts, dont sept enfants."),
        victims(&[("dead", 31.0, None), ("dead", 7.0, Some("enfants"))])
    );
}

#[test]
fn a_toll_raised_to_a_figure_is_an_update() {
    let en = casualties("By midday, the agency had raised the death toll to 14.");
    assert_eq!((en[0].0.as_str(), en[0].1, en[0].7), ("dead", 14.0, true));
    let en = casualties("Two of the injured died, bringing the number of dead to 23.");
    assert!(en.iter().any(|c| (c.0.as_str(), c.1, c.7) == ("dead", 23.0, true)), "{en:?}");
    let fr = casualties("Deux blessés sont morts à l'hôpital, ce qui a porté le bilan à 23.");
    assert!(fr.iter().any(|c| (c.0.as_str(), c.1, c.7) == ("dead", 23.0, true)), "{fr:?}");
}

#[test]
fn displacement_phrased_many_ways() {
    assert_eq!(
        kinds("Floods forced 1,200 families from their homes."),
        victims(&[("displaced", 1200.0, Some("families"))])
    );
    assert_eq!(kinds("About 3,000 people were left homeless."), victims(&[("displaced", 3000.0, Some("people"))]));
    assert_eq!(
        kinds("Plus de 1 200 personnes se retrouvent sans abri."),
        victims(&[("displaced", 1200.0, Some("people"))])
    );
    assert_eq!(kinds("Plus de 2 000 ont dû être relogées."), victims(&[("displaced", 2000.0, None)]));
    assert_eq!(
        kinds("Les violences ont provoqué le déplacement de plus de deux millions de personnes."),
        vec![("displaced".into(), 2_000_000.0, Some("personnes".into()))]
    );
}

#[test]
fn deaths_told_as_lives_lost_or_lynchings() {
    assert_eq!(
        kinds("Two police officers lost their lives in the attack."),
        victims(&[("dead", 2.0, Some("police officers"))])
    );
    assert_eq!(kinds("Deux policiers ont également perdu la vie."), victims(&[("dead", 2.0, Some("policiers"))]));
    assert_eq!(kinds("A crowd lynched two men accused of theft."), victims(&[("killed", 2.0, Some("men"))]));
    assert_eq!(
        kinds("Des habitants ont lynché deux hommes accusés de vol."),
        victims(&[("killed", 2.0, Some("hommes"))])
    );
}

#[test]
fn a_clitic_or_a_complement_between_the_victims_and_the_verb() {
    assert_eq!(kinds("Trois personnes y ont été tuées."), victims(&[("killed", 3.0, Some("people"))]));
    assert_eq!(
        kinds("Trois chauffeurs de camion ont été enlevés mercredi."),
        victims(&[("kidnapped", 3.0, Some("chauffeurs"))])
    );
    assert_eq!(
        kinds("Three truck drivers were abducted on Wednesday."),
        victims(&[("kidnapped", 3.0, Some("drivers"))])
    );
}

#[test]
fn a_figure_the_claim_leaves_out_takes_its_sentence_s_source() {
    let c = casualties(
        "Nine more victims died overnight, raising the toll to 31, the health ministry said on Sunday, adding that 40 others were wounded.",
    );
    let wounded = c.iter().find(|c| c.0 == "wounded").unwrap();
    assert_eq!(wounded.5, vec!["the health ministry".to_string()]);
    let c = casualties(
        "Neuf blessés sont morts dans la nuit, a indiqué dimanche le ministère de la Santé, ajoutant que 40 autres personnes étaient hospitalisées après avoir été blessées.",
    );
    assert!(c.iter().all(|c| c.5 == vec!["le ministère de la Santé".to_string()]), "{c:?}");
}

#[test]
fn the_same_source_is_the_one_named_before() {
    // The words as written, then the source they point back to.
    let c = casualties(
        "A shepherd died, according to the civil defence. Another man was hurt, according to the same source.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].5, vec!["the same source".to_string(), "the civil defence".to_string()]);
    let c =
        casualties("Un berger a péri, selon la Protection civile. Un autre homme a été blessé, selon la même source.");
    assert_eq!(c[1].5, vec!["la même source".to_string(), "la Protection civile".to_string()]);
}

#[test]
fn an_adjective_after_the_victims_and_an_aside_before_the_verb() {
    assert_eq!(
        kinds("Au moins neuf réfugiés rohingyas, dont cinq enfants, ont été tués jeudi."),
        victims(&[("killed", 9.0, Some("réfugiés")), ("killed", 5.0, Some("enfants"))])
    );
    assert_eq!(kinds("Trois civils maliens ont été blessés."), victims(&[("wounded", 3.0, Some("civils"))]));
}

#[test]
fn a_headline_figure_is_the_body_s_even_where_the_body_names_a_district() {
    let c = casualties(
        "Grenade attack on a Bujumbura bar kills three\n\n\
         Three people were killed on Sunday night when a grenade hit a bar in the Kamenge district, police said.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].6, 2);
    let c = casualties(
        "Une attaque à la grenade contre un bar de Bujumbura fait trois morts\n\n\
         Trois personnes ont été tuées dimanche soir dans un bar du quartier de Kamenge, selon la police.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn a_toll_restated_at_the_same_figure_is_one_item() {
    let c = casualties(
        "The quake killed at least 57 people, the governor said. Rescuers found more bodies on Monday, bringing the toll to 57.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    let c = casualties(
        "Le séisme a fait au moins 57 morts. Les secours ont dégagé d'autres corps, portant le bilan à 57 morts.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn a_figure_is_dated_by_its_sentence_but_not_by_a_statement() {
    let mut options = Options::default();
    options.set_document_date("2025-03-05").unwrap();
    let date = |text: &str| {
        let r = serde_json::to_value(extract(text, &options).unwrap()).unwrap();
        r["casualties"][0]["date"]["value"].as_str().map(str::to_string)
    };
    assert_eq!(
        date("Five people were killed on Sunday in Goma, the governor said on Monday."),
        Some("2025-03-02".into())
    );
    assert_eq!(
        date("Cinq personnes ont été tuées dimanche à Goma, a indiqué lundi le gouverneur."),
        Some("2025-03-02".into())
    );
    // Only the statement is dated: the figure is not.
    assert_eq!(date("Five people were killed in Goma, the governor said on Monday."), None);
    assert_eq!(date("Cinq personnes ont été tuées à Goma, a indiqué lundi le gouverneur."), None);
}

#[test]
fn words_qualifying_the_victims_stand_between_them_and_their_verb() {
    let en =
        casualties("Four members of a family living near the border crossing were killed on Tuesday, police said.");
    assert_eq!((en[0].0.as_str(), en[0].1, en[0].3.as_str()), ("killed", 4.0, Some("members")));
    let en = casualties("Nine workers at a textile plant in the northern province (Kasai) were injured in the blast.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("wounded", 9.0));
    let fr = casualties(
        "Cinq employés travaillant pour une organisation humanitaire au nord du pays (Ituri) ont été tués lundi.",
    );
    assert_eq!((fr[0].0.as_str(), fr[0].1, fr[0].3.as_str()), ("killed", 5.0, Some("employés")));
    let fr = casualties("Trois gardes de l’usine du quartier nord ont été blessés par balle.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("wounded", 3.0));
}

#[test]
fn a_relative_clause_or_a_second_clause_is_not_taken_for_the_victims_words() {
    // The figure's own verb is in the relative clause: no toll for the soldiers.
    let en = casualties("Three soldiers from the unit that guards the dam were reassigned after the attack.");
    assert!(en.is_empty(), "{en:?}");
    let fr = casualties("Deux habitants du village qui abrite le camp ont été entendus par les enquêteurs.");
    assert!(fr.is_empty(), "{fr:?}");
}

#[test]
fn a_place_or_a_target_is_not_the_perpetrator() {
    // The subject is no name here: the village attacked and the town of the attack are not perpetrators.
    let en = casualties("Gunmen attacked Kauran Namoda market on Friday, killing at least 11 traders.");
    assert_eq!((en[0].1, en[0].4.clone()), (11.0, None));
    let fr = casualties("Une attaque contre l'ONU à Gao a fait quatre morts, selon la mission.");
    assert_eq!((fr[0].1, fr[0].4.clone()), (4.0, None));
    // A named subject still is.
    let en = casualties("Russia shelled the market in Kupiansk, killing three civilians.");
    assert_eq!(en[0].4.as_deref(), Some("Russia"));
}

#[test]
fn harm_words_in_every_gender_and_number_and_the_police_as_a_source() {
    let fr = casualties("Selon la police, douze personnes ont été interpellées et deux femmes enlevées.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("arrested", 12.0));
    assert_eq!(fr[0].5, vec!["la police".to_string()]);
    let fr = casualties("Deux migrants se sont noyés au large de Lampedusa.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("dead", 2.0));
    let en = casualties("Police said they had arrested 46 people. Four men were shot dead at a checkpoint.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("arrested", 46.0));
    assert_eq!(en[0].5, vec!["Police".to_string()]);
    assert_eq!((en[1].0.as_str(), en[1].1), ("killed", 4.0));
}

#[test]
fn a_part_named_inside_the_subject_and_the_teller_of_the_dead() {
    let fr = casualties("Cinq personnes parmi lesquelles une fillette ont péri dans l'incendie de l'immeuble.");
    assert!(fr.iter().any(|c| (c.0.as_str(), c.1) == ("dead", 5.0)), "{fr:?}");
    let en = casualties("Nine people including two children were killed when the roof collapsed.");
    assert!(en.iter().any(|c| (c.0.as_str(), c.1) == ("killed", 9.0)), "{en:?}");
    // Who announces the dead is their source, not their killer.
    let fr = casualties("La Protection civile a annoncé mardi la mort de 9 personnes dans les inondations.");
    assert_eq!((fr[0].1, fr[0].4.clone()), (9.0, None));
    let en = casualties("The health ministry reported the deaths of 12 people in the north.");
    assert_eq!((en[0].1, en[0].4.clone()), (12.0, None));
}

#[test]
fn a_place_inside_the_attack_phrase_is_not_the_perpetrator() {
    let en = casualties("A drone strike on Russia's western Bryansk region killed two people, the governor said.");
    assert_eq!((en[0].1, en[0].4.clone()), (2.0, None));
    let fr =
        casualties("Une frappe de drone sur la région russe de Briansk a tué deux personnes, selon le gouverneur.");
    assert_eq!((fr[0].1, fr[0].4.clone()), (2.0, None));
}

#[test]
fn a_time_after_the_verb_of_speech_does_not_date_the_figure() {
    let mut options = Options::default();
    options.set_document_date("2025-03-14").unwrap();
    let date_of = |text: &str| {
        let r = serde_json::to_value(extract(text, &options).unwrap()).unwrap();
        r["casualties"][0]["date"]["value"].as_str().map(str::to_string)
    };
    let fr = "Trois personnes sont mortes dans les affrontements, a déclaré le médecin, qui dirige l'hôpital depuis février.";
    assert_eq!(date_of(fr), None);
    let en = "Three people died in the clashes, said the doctor, who has run the clinic since February.";
    assert_eq!(date_of(en), None);
    let en = "On Tuesday, police said 12 people died in the fire.";
    assert_eq!(date_of(en).as_deref(), Some("2025-03-11"));
}

#[test]
fn the_found_dead_and_bodies_recovered_are_dead() {
    let c = kinds("In the upper valley, 14 people were found dead after the mudslide.");
    assert_eq!(c, victims(&[("dead", 14.0, Some("people"))]));
    let c = kinds("Divers recovered 40 bodies from the river on Sunday.");
    assert_eq!(c, victims(&[("dead", 40.0, None)]));
    let c = kinds("Six pêcheurs ont été retrouvés sans vie sur la plage de Gravelines.");
    assert_eq!(c, victims(&[("dead", 6.0, Some("pêcheurs"))]));
    let c = kinds("Trois randonneurs ont été retrouvés morts au pied de la falaise.");
    assert_eq!(c, victims(&[("dead", 3.0, Some("randonneurs"))]));
    let c = kinds("Two other victims were found dead further downstream.");
    assert_eq!(c, victims(&[("dead", 2.0, Some("other victims"))]));
}

#[test]
fn a_definite_person_of_one_counts_one_unless_already_counted() {
    let c = kinds("The masked attacker was shot and killed by a guard, the prosecutor said.");
    assert_eq!(c, victims(&[("killed", 1.0, Some("attacker"))]));
    let c = kinds("L'assaillant a été abattu par les gendarmes. Le conducteur a été tué sur le coup.");
    assert_eq!(c, victims(&[("killed", 1.0, Some("assaillant")), ("killed", 1.0, Some("conducteur"))]));
    let c = kinds("Police said the gunman was shot dead outside the bank.");
    assert_eq!(c, victims(&[("killed", 1.0, Some("gunman"))]));
    // The one the text already counted.
    let c = kinds("Deux gendarmes ont été blessés. Le gendarme le plus touché a été évacué.");
    assert_eq!(c, victims(&[("wounded", 2.0, Some("gendarmes"))]));
    let c = kinds("Two soldiers were killed in the ambush. The soldier was buried on Monday.");
    assert_eq!(c, victims(&[("killed", 2.0, Some("soldiers"))]));
    // Not a person, or the object of a verb.
    assert!(kinds("The road was shot at by snipers all night.").is_empty());
    assert!(kinds("Trois passeurs ayant organisé la traversée ont été jugés.").is_empty());
}

#[test]
fn a_group_joined_to_another_shares_its_verb_and_each_counts() {
    let c = kinds("Two soldiers and a civilian were killed when the convoy was ambushed.");
    assert_eq!(c, victims(&[("killed", 2.0, Some("soldiers")), ("killed", 1.0, Some("civilian"))]));
    let c = kinds("The clash left one ranger and a herder wounded.");
    assert_eq!(c, victims(&[("wounded", 1.0, Some("ranger")), ("wounded", 1.0, Some("herder"))]));
    let c = kinds("Trois gendarmes et deux passants ont été blessés lors de la course-poursuite.");
    assert_eq!(c, victims(&[("wounded", 3.0, Some("gendarmes")), ("wounded", 2.0, Some("passants"))]));
}

#[test]
fn arrests_and_abductions_as_nouns_and_a_figure_joined_to_the_one_before() {
    let c = kinds("The march ended with the arrest of 23 men and 6 women, police said.");
    assert_eq!(c, victims(&[("arrested", 23.0, Some("men")), ("arrested", 6.0, Some("women"))]));
    let c = kinds("La journée s'est soldée par l'arrestation de 23 hommes et 6 femmes.");
    assert_eq!(c, victims(&[("arrested", 23.0, Some("hommes")), ("arrested", 6.0, Some("femmes"))]));
    let c = kinds("L'enlèvement de trois humanitaires a été confirmé jeudi.");
    assert_eq!(c, victims(&[("kidnapped", 3.0, Some("humanitaires"))]));
}

#[test]
fn a_toll_put_at_or_standing_at_a_figure() {
    assert_eq!(kinds("Local radio reports put the toll at 52 on Thursday."), victims(&[("dead", 52.0, None)]));
    assert_eq!(kinds("By Monday the death toll stood at 12."), victims(&[("dead", 12.0, None)]));
    assert_eq!(kinds("Le bilan s'établit à 12 morts selon la préfecture."), victims(&[("dead", 12.0, None)]));
}

#[test]
fn listings_treatment_homes_left_and_a_denied_count() {
    let c = kinds("Officials say about 9,500 people have left their homes.");
    assert_eq!(c, victims(&[("displaced", 9500.0, Some("people"))]));
    assert_eq!(kinds("Another 8 are listed as missing."), victims(&[("missing", 8.0, None)]));
    let c = kinds("At least 10 people were treated in hospital for smoke inhalation.");
    assert_eq!(c, victims(&[("wounded", 10.0, Some("people"))]));
    let c = kinds("Dix manifestants ont été hospitalisés.");
    assert_eq!(c, victims(&[("wounded", 10.0, Some("manifestants"))]));
    assert!(kinds("The office was set on fire. No one was hurt, police said.").is_empty());
    let c = kinds("En 2019, neuf mineurs avaient trouvé la mort au fond du puits.");
    assert_eq!(c, victims(&[("dead", 9.0, Some("mineurs"))]));
}

#[test]
fn words_with_an_ordinary_meaning_count_no_victims() {
    assert!(kinds("Twelve protesters were treated unfairly by the military court.").is_empty());
    assert!(kinds("The minister was treated to a state dinner.").is_empty());
    assert!(kinds("Experts warn the virus could kill 2,000 people a year.").is_empty());
    assert!(kinds("Three men tried to flee the bank before police arrived.").is_empty());
    assert!(kinds("Trois hommes ont tenté de fuir avant l'arrivée de la police.").is_empty());
}

#[test]
fn who_updates_a_toll_gives_it() {
    let c =
        casualties("Helen Marsh, a county fire official, spoke on Monday. On Tuesday she raised the death toll to 15.");
    assert_eq!((c[0].1, c[0].5.clone()), (15.0, vec!["she".to_string()]));
    let c = casualties("Local radio reports, however, put the toll at 52.");
    assert_eq!(c[0].5, vec!["Local radio reports".to_string()]);
    let c = casualties("Le gouverneur Ali Traoré s'est rendu sur place. Il a porté le bilan à 14 morts mardi.");
    assert_eq!(c[0].5, vec!["Il".to_string()]);
    // A place or a record gives no toll.
    let c = casualties("The earthquake in Turkey raised the death toll to 40.");
    assert!(c[0].5.is_empty(), "{c:?}");
    let c = casualties("Le bilan des inondations au Kenya s'élève à 40 morts.");
    assert!(c[0].5.is_empty(), "{c:?}");
    // A toll that rose by itself has no giver.
    let c = casualties("The toll rose to 30 on Wednesday.");
    assert!(c[0].5.is_empty(), "{c:?}");
}

#[test]
fn a_figure_right_after_a_sourced_one_goes_on_with_its_source() {
    let c = casualties("Rescuers reached the lift cage. The governor said 12 miners had died in the blast. Two others were injured.\n\nThe mine was closed.");
    assert_eq!((c[1].0.as_str(), c[1].1), ("wounded", 2.0));
    assert_eq!(c[1].5, vec!["The governor".to_string()]);
    let c = casualties("Selon la préfecture, douze mineurs sont morts. Deux autres ont été blessés.");
    assert_eq!(c[1].5, vec!["la préfecture".to_string()]);
    // Not further down a run of unsourced figures.
    let c = casualties(
        "The governor said 12 miners had died in the blast. Two others were injured. Three others were missing.",
    );
    assert_eq!(c[1].5, vec!["The governor".to_string()]);
    assert!(c[2].5.is_empty(), "{c:?}");
    // Not across a paragraph.
    let c = casualties("The governor said 12 miners had died in the blast.\n\nTwo others were injured.");
    assert!(c[1].5.is_empty(), "{c:?}");
}

#[test]
fn a_list_of_figures_joined_by_commas_shares_the_kind_of_its_first() {
    let c = kinds("The march ended with the arrest of 23 men, 6 women and two children.");
    assert_eq!(
        c,
        victims(&[
            ("arrested", 23.0, Some("men")),
            ("arrested", 6.0, Some("women")),
            ("arrested", 2.0, Some("children"))
        ])
    );
    let c = kinds("La journée s'est soldée par l'arrestation de 23 hommes, 6 femmes et deux enfants.");
    assert_eq!(c.len(), 3, "{c:?}");
    // Animals are no victims.
    let c = kinds("Gunmen killed 12 villagers and 40 cattle in the raid.");
    assert!(!c.iter().any(|k| k.1 == 40.0), "{c:?}");
}

#[test]
fn things_seized_or_missing_are_no_victims() {
    let c = kinds("Police said 30 rifles were seized and 14 people were arrested in the raids.");
    assert_eq!(c, victims(&[("arrested", 14.0, Some("people"))]));
    let c = kinds("Two boats are still missing, and three fishermen were missing too.");
    assert_eq!(c, victims(&[("missing", 3.0, Some("fishermen"))]));
    let c = kinds("Trente fusils ont été saisis et 14 personnes interpellées lors des perquisitions.");
    assert_eq!(c, victims(&[("arrested", 14.0, Some("people"))]));
    let c = kinds("Deux embarcations ont disparu et trois pêcheurs sont portés disparus.");
    assert_eq!(c, victims(&[("missing", 3.0, Some("pêcheurs"))]));
    // A person named by a thing's noun is still a victim: "three truck drivers".
    let c = kinds("Three truck drivers were kidnapped near the border.");
    assert_eq!(c, victims(&[("kidnapped", 3.0, Some("drivers"))]));
}

#[test]
fn a_people_named_by_its_nationality_are_victims() {
    let c = kinds("Twelve Bolivians lost their lives when their bus left the road last year.");
    assert_eq!(c, victims(&[("dead", 12.0, Some("bolivians"))]));
    let c = kinds("Trois Maliens ont été tués dans l'embuscade, selon l'armée.");
    assert_eq!(c, victims(&[("killed", 3.0, Some("maliens"))]));
}

#[test]
fn kidnapping_as_a_participle_confirmed_dead_and_not_found() {
    let c = kinds("Gunmen stormed the village before dawn, kidnapping six people.");
    assert_eq!(c, victims(&[("kidnapped", 6.0, Some("people"))]));
    let c = kinds("Des hommes armés ont attaqué le village à l'aube, enlevant six personnes.");
    assert_eq!(c, victims(&[("kidnapped", 6.0, Some("people"))]));
    let c = casualties("The barge went down on the river, leaving three confirmed dead, a harbour official said.");
    assert_eq!((c[0].0.as_str(), c[0].1, c[0].5.clone()), ("dead", 3.0, vec!["a harbour official".to_string()]));
    assert_eq!(kinds("Douze mineurs sont présumés morts."), victims(&[("dead", 12.0, Some("mineurs"))]));
    let c = kinds("Dans le massif, trois randonneurs restent introuvables depuis samedi.");
    assert_eq!(c, victims(&[("missing", 3.0, Some("randonneurs"))]));
}

#[test]
fn people_lost_are_the_dead_when_victims_are_named() {
    let c = casualties("\"Altogether we lost nine people in those raids,\" the administrator said.");
    assert_eq!((c[0].0.as_str(), c[0].1, c[0].5.clone()), ("dead", 9.0, vec!["the administrator".to_string()]));
    let c = kinds("« Nous avons perdu trois soldats dans l'embuscade », a déclaré l'officier.");
    assert_eq!(c, victims(&[("dead", 3.0, Some("soldats"))]));
    assert!(kinds("The ruling party lost 12 seats in the vote.").is_empty());
    assert!(kinds("Le parti a perdu douze sièges au Parlement.").is_empty());
}

#[test]
fn a_figure_told_place_by_place_gives_each_part_its_kind() {
    let c = kinds("Twelve people were killed, eight in Gaza and four in the West Bank, the ministry said.");
    assert_eq!(c, victims(&[("killed", 12.0, Some("people")), ("killed", 8.0, None), ("killed", 4.0, None)]));
    let c = kinds("« Nous comptons neuf disparus, sept dans le Var, deux dans l'Hérault », a précisé le préfet.");
    let values: Vec<f64> = c.iter().filter(|k| k.0 == "missing").map(|k| k.1).collect();
    assert_eq!(values, vec![9.0, 7.0, 2.0], "{c:?}");
}

#[test]
fn a_part_of_victims_just_named() {
    let c = kinds("Rescuers reached eleven miners, five of whom were dead.");
    assert!(c.contains(&("dead".into(), 5.0, None)), "{c:?}");
    let c = kinds("Some 40 people were hurt in the crash, six of them in critical condition.");
    assert_eq!(c, victims(&[("wounded", 40.0, Some("people")), ("wounded", 6.0, None)]));
    let c = kinds("Une trentaine de personnes ont été blessées, dont deux d'entre elles dans un état grave.");
    assert!(c.iter().any(|k| k.0 == "wounded" && k.1 == 2.0), "{c:?}");
}

#[test]
fn forced_to_flee_their_homes_and_found_place_by_place() {
    let c = kinds("The rising river has forced about 4,000 people to flee their homes.");
    assert_eq!(c, victims(&[("displaced", 4000.0, Some("people"))]));
    let c = kinds("Les inondations ont contraint 3 000 personnes à quitter leurs foyers.");
    assert_eq!(c, victims(&[("displaced", 3000.0, Some("people"))]));
    let c = kinds("Five bodies were found near the bridge, four at the dam, officials said.");
    assert_eq!(c, victims(&[("dead", 5.0, None), ("dead", 4.0, None)]));
}

#[test]
fn a_headline_tells_a_past_event_in_the_present() {
    let c =
        kinds("Storm kills nine in coastal towns\n\nHigh winds tore roofs off houses along the coast, officials said.");
    assert_eq!(c, victims(&[("killed", 9.0, None)]));
    let c = kinds(
        "Une explosion tue douze personnes au Pakistan\n\nUne bombe a explosé sur un marché lundi, selon la police.",
    );
    assert_eq!(c, victims(&[("killed", 12.0, Some("people"))]));
    // In the body, the present is no report of harm.
    assert!(kinds("Officials fear the outbreak could kill 2,000 people a year.").is_empty());
}

#[test]
fn admitted_to_hospital_still_trapped_and_the_dead_included() {
    let c = kinds("About 70 people were admitted to hospital after the fire.");
    assert_eq!(c, victims(&[("wounded", 70.0, Some("people"))]));
    let c = kinds("Douze blessés ont été transportés à l'hôpital de la ville.");
    assert!(c.iter().any(|k| k.0 == "wounded" && k.1 == 12.0), "{c:?}");
    let c = kinds("The mine operator said 21 miners were still trapped.");
    assert_eq!(c, victims(&[("missing", 21.0, Some("miners"))]));
    let c = kinds("Eight people died when the bridge collapsed. The dead included three pupils.");
    assert_eq!(c[1], ("dead".into(), 3.0, Some("pupils".into())));
    let c = kinds("Six personnes sont mortes dans l'incendie. Parmi les morts figurent deux enfants.");
    assert_eq!(c[1], ("dead".into(), 2.0, Some("enfants".into())));
    assert!(kinds("The delegation included 12 ministers.").is_empty());
}

#[test]
fn a_toll_put_forward_by_a_source_with_an_aside() {
    let c = casualties(
        "Un responsable local, s'exprimant sous couvert d'anonymat, a de son côté avancé un bilan de 14 morts et 9 blessés.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c.iter().all(|c| c.5 == vec!["Un responsable local".to_string()]), "{c:?}");
    let c = casualties("La police a fait état de trois morts lors des heurts.");
    assert_eq!(c[0].5, vec!["La police".to_string()]);
}

#[test]
fn one_or_two_of_a_group_are_counted_with_the_group_as_victims() {
    let c = kinds("The gunmen shot one of the guards and killed two of the drivers.");
    assert_eq!(c, victims(&[("wounded", 1.0, Some("guards")), ("killed", 2.0, Some("drivers"))]));
    let c = kinds("Les assaillants ont tué l'un des gardiens et enlevé deux de ses fils.");
    assert_eq!(c, victims(&[("killed", 1.0, Some("gardiens")), ("kidnapped", 2.0, Some("fils"))]));
    // Shot down, things are no victims.
    assert!(kinds("Air defences shot down two drones over the city.").is_empty());
}

#[test]
fn objects_joined_after_a_harm_verb_each_count() {
    let c = kinds("Gunmen abducted two of his sons and two nephews from the farm.");
    assert_eq!(c, victims(&[("kidnapped", 2.0, Some("sons")), ("kidnapped", 2.0, Some("nephews"))]));
    let c = kinds("Des hommes armés ont enlevé trois enseignants et deux élèves dans le village.");
    assert_eq!(c, victims(&[("kidnapped", 3.0, Some("enseignants")), ("kidnapped", 2.0, Some("élèves"))]));
    // Two particular groups of the same size, told in two sentences, stay two.
    let c = kinds("Bandits abducted two of her cousins. They also abducted two nephews of the village head.");
    assert_eq!(c.len(), 2, "{c:?}");
}

#[test]
fn a_determiner_between_the_verb_and_the_figure() {
    assert_eq!(kinds("Soldiers killed the three gunmen."), victims(&[("killed", 3.0, Some("gunmen"))]));
    assert_eq!(kinds("Les gendarmes ont arrêté les deux suspects."), victims(&[("arrested", 2.0, Some("suspects"))]));
}

#[test]
fn an_age_alone_names_a_victim_and_among_the_dead_is_a_part() {
    let c = kinds("The shelling wounded four people, including a 10-year-old.");
    assert_eq!(c[1], ("wounded".into(), 1.0, Some("10-year-old".into())));
    let c = kinds("Two nurses were among the dead.");
    assert_eq!(c, victims(&[("dead", 2.0, Some("nurses"))]));
    let c = kinds("Trois pompiers figurent parmi les blessés.");
    assert_eq!(c, victims(&[("wounded", 3.0, Some("pompiers"))]));
}

#[test]
fn a_count_of_the_harmed_brought_to_a_figure_is_a_toll_of_that_harm() {
    for text in [
        "A death overnight brought the number of people killed in the unrest to 23.",
        "Une nouvelle victime porte à 23 le nombre d'habitants tués depuis lundi.",
    ] {
        let c = casualties(text);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        assert_eq!((c[0].0.as_str(), c[0].1, c[0].7), ("killed", 23.0, true), "{text}");
    }
    let c = kinds("The arrests bring to 140 the number of students detained since March.");
    assert_eq!(c, victims(&[("arrested", 140.0, Some("students"))]));
    let c = kinds("Le nombre de manifestants interpellés est passé à 61 dans la soirée.");
    assert_eq!(c, victims(&[("arrested", 61.0, Some("manifestants"))]));
    // A number of things is no toll of people.
    assert!(kinds("The storm brought the number of roads closed to 12.").is_empty());
}

#[test]
fn a_toll_with_no_one_named_is_no_source_and_leaves_the_figure_to_the_one_named_later() {
    let c = casualties(
        "The fighting killed at least 41 people, according to a new toll. The health ministry said on Friday that 41 people had been killed.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].5, vec!["The health ministry".to_string()]);
    let c = casualties(
        "Les combats ont fait au moins 41 morts, selon un nouveau bilan. D'après la préfecture, 41 personnes ont été tuées.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].5, vec!["la préfecture".to_string()]);
    // An agency's tally names the agency; a toll of someone's, its keeper.
    let c = casualties("The floods killed 19 people, according to a Reuters tally.");
    assert_eq!(c[0].5, vec!["a Reuters tally".to_string()]);
    let c = casualties("L'accident a fait trois blessés, d'après le bilan provisoire des services de secours.");
    assert_eq!(c[0].5, vec!["services de secours".to_string()]);
}

#[test]
fn a_spelling_of_arrested_met_in_french_copy_is_read() {
    let c = kinds("Une trentaine de jeunes ont été interpelés, selon la police. Douze personnes interpelées samedi restent détenues.");
    assert_eq!(c.first().map(|c| c.0.as_str()), Some("arrested"), "{c:?}");
    assert!(c.iter().any(|c| c.1 == 12.0 && c.0 == "arrested"), "{c:?}");
}

#[test]
fn one_named_by_a_compound_noun_and_a_group_after_a_possessive_both_count() {
    let c = kinds("A border police officer and his three colleagues were killed near the crossing.");
    assert_eq!(c, victims(&[("killed", 1.0, Some("officer")), ("killed", 3.0, Some("colleagues"))]));
    let c = kinds("Un policier municipal et ses trois collègues ont été tués près du poste.");
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c.iter().any(|c| c.1 == 3.0 && c.0 == "killed"), "{c:?}");
}

#[test]
fn a_second_count_joined_after_a_time_shares_the_verb() {
    let c = kinds("Police detained 23 students on Friday night and 9 others on Saturday.");
    assert_eq!(c, victims(&[("arrested", 23.0, Some("students")), ("arrested", 9.0, Some("others"))]));
    assert_eq!(
        counts("La police a interpellé 23 étudiants vendredi soir et 9 autres samedi."),
        rows(&[("arrested", 23.0), ("arrested", 9.0)])
    );
}

#[test]
fn a_part_of_a_qualified_group_brought_back_is_arrested() {
    let c = kinds("Twelve of the escaped prisoners were recaptured by Sunday.");
    assert_eq!(c, victims(&[("arrested", 12.0, Some("prisoners"))]));
    assert_eq!(
        counts("Douze des prisonniers évadés ont été rattrapés par les gendarmes."),
        rows(&[("arrested", 12.0)])
    );
}

#[test]
fn those_an_armed_group_holds_are_hostages_and_those_the_police_hold_are_arrested() {
    assert_eq!(
        counts("Four engineers detained since March by an armed group were released on Monday."),
        rows(&[("kidnapped", 4.0)])
    );
    assert_eq!(
        counts("Les quatre ingénieurs détenus depuis mars par un groupe jihadiste ont été relâchés lundi."),
        rows(&[("kidnapped", 4.0)])
    );
    assert_eq!(counts("Four engineers were detained by the police on Monday."), rows(&[("arrested", 4.0)]));
    assert_eq!(counts("Quatre ingénieurs ont été détenus par la police lundi."), rows(&[("arrested", 4.0)]));
}

#[test]
fn singular_harm_words_in_french_and_the_death_or_killing_of_one_in_english() {
    let c = kinds("Une femme est morte dans l'incendie de son immeuble.");
    assert_eq!(c, victims(&[("dead", 1.0, Some("femme"))]));
    assert_eq!(counts("Un garçon s'est noyé dans le canal."), rows(&[("dead", 1.0)]));
    assert_eq!(counts("Une militante a été kidnappée devant son domicile."), rows(&[("kidnapped", 1.0)]));
    let c = kinds("The killing of a teenager by a soldier set off the riots.");
    assert_eq!(c, victims(&[("killed", 1.0, Some("teenager"))]));
    let c = kinds("The death of a woman in the fire shocked the town.");
    assert_eq!(c, victims(&[("dead", 1.0, Some("woman"))]));
}

#[test]
fn a_harm_noun_followed_by_a_harm_verb_names_the_victims_of_that_verb() {
    assert_eq!(kinds("Two hostages were executed by the group."), victims(&[("killed", 2.0, Some("hostages"))]));
    assert_eq!(kinds("Deux otages ont été exécutés par le groupe."), victims(&[("killed", 2.0, Some("otages"))]));
    assert_eq!(kinds("Six victims were taken to hospital."), victims(&[("wounded", 6.0, Some("victims"))]));
    // Hostages with no verb of harm after them were taken.
    assert_eq!(kinds("Gunmen took 14 hostages at the hotel."), victims(&[("kidnapped", 14.0, None)]));
    // Stabbed is wounded; stabbed to death, killed.
    assert_eq!(counts("Une femme a été poignardée devant la gare."), rows(&[("wounded", 1.0)]));
    assert_eq!(counts("Deux hommes ont été poignardés à mort devant la gare."), rows(&[("killed", 2.0)]));
}

/// (kind, count, earlier) of every casualty figure, with the document date given.
fn dated_figures(text: &str, date: &str) -> Vec<(String, f64, bool)> {
    let mut options = Options::default();
    options.set_document_date(date).unwrap();
    let r = serde_json::to_value(extract(text, &options).unwrap()).unwrap();
    r["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["count"]["value"].as_f64().unwrap(),
                c["earlier"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_figure_dated_well_before_the_incident_is_told_as_of_an_earlier_one() {
    let en = "A gas explosion killed nine miners on Sunday in the north of the country, officials said.\n\n\
        Rescue teams worked through the night.\n\nThe mine had been closed for inspection.\n\n\
        In March 2024, a fire at a nearby depot killed 14 people.\n\n\
        On Saturday, two guards were injured in a separate fall.";
    assert_eq!(
        dated_figures(en, "2025-03-11"),
        vec![("killed".into(), 9.0, false), ("killed".into(), 14.0, true), ("wounded".into(), 2.0, false)]
    );
    let fr = "Une explosion de gaz a tué neuf mineurs dimanche dans le nord du pays, selon les autorités.\n\n\
        Les secours ont travaillé toute la nuit.\n\nLa mine avait été fermée pour une inspection.\n\n\
        En 2019, douze ouvriers avaient été tués dans une explosion dans un puits voisin.";
    assert_eq!(dated_figures(fr, "2025-03-11"), vec![("killed".into(), 9.0, false), ("killed".into(), 12.0, true)]);
    // A figure of the opening is the incident's, whatever its date.
    let lead = "Twelve workers killed in a blast last August were buried on Monday.";
    assert_eq!(dated_figures(lead, "2025-03-11"), vec![("killed".into(), 12.0, false)]);
}

/// Each figure's value and the words of its place.
fn placed_figures(text: &str) -> Vec<(f64, Option<String>)> {
    let r = serde_json::to_value(extract(text, &Options::default()).unwrap()).unwrap();
    r["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let place = c["location"]["text"].as_object().map(|span| {
                let at = |key: &str| span[key].as_u64().unwrap() as usize;
                text[at("start")..at("end")].to_string()
            });
            (c["count"]["value"].as_f64().unwrap(), place)
        })
        .collect()
}

#[test]
fn a_place_in_the_words_saying_who_gave_a_figure_is_not_the_figure_s_place() {
    // Where the speaker works is not where the dead were; the same toll told in the lead
    // stays one figure.
    let fr = "Incendie meurtrier dans un entrepôt\n\n\
        Douze personnes sont mortes dans la nuit de lundi à mardi dans l'incendie d'un entrepôt à Mombasa.\n\n\
        « Nous avons perdu douze personnes ce matin », a affirmé Paul Otieno, le chef des secours du comté de Kilifi.";
    assert_eq!(placed_figures(fr), vec![(12.0, Some("Mombasa".into()))]);
    let en = "\"We lost four workers,\" said Tom Baker, a spokesman at the company's office in Leeds.";
    assert_eq!(placed_figures(en), vec![(4.0, None)]);
    // A place before the figure in a claim stays its place.
    let en = "In Kharkiv, four people were killed, the governor of Sumy region said.";
    assert_eq!(placed_figures(en), vec![(4.0, Some("Kharkiv".into()))]);
    // So does one in a clause after the source that tells what happened.
    let en = "At least 12 worshippers were killed, police said, when gunmen stormed a church in Owo.";
    assert_eq!(placed_figures(en), vec![(12.0, Some("Owo".into()))]);
    let fr = "Neuf personnes ont été tuées, selon les secours, dans l'effondrement d'un immeuble à Abidjan.";
    assert_eq!(placed_figures(fr), vec![(9.0, Some("Abidjan".into()))]);
}

#[test]
fn with_no_dated_figure_in_the_opening_the_first_day_it_names_dates_the_incident() {
    // The opening's figure is undated; the day the statement was made stands for the
    // incident's, and a figure dated over a week before it is history.
    let fr = "L'assaut de deux hameaux a fait 21 morts au moins, a annoncé mardi 11 mars le gouverneur.\n\n\
        Les agresseurs sont venus à moto.\n\nLes habitants ont fui vers la ville voisine.\n\n\
        Le 28 février, un raid sur un marché de la même zone avait fait 17 morts.";
    assert_eq!(dated_figures(fr, "2025-03-12"), vec![("dead".into(), 21.0, false), ("dead".into(), 17.0, true)]);
    let en = "An attack on two hamlets killed at least 21 people, the governor said on Tuesday, March 11.\n\n\
        The gunmen arrived on motorbikes.\n\nResidents fled to a nearby town.\n\n\
        On February 28, a raid on a market in the same area had killed 17 people.";
    assert_eq!(dated_figures(en, "2025-03-12"), vec![("killed".into(), 21.0, false), ("killed".into(), 17.0, true)]);
    // A running total since a day holds the incident's dead.
    let fr = "Une attaque a fait au moins 21 morts, a annoncé mardi 11 mars le gouverneur.\n\n\
        Les agresseurs sont venus à moto.\n\nLes habitants ont fui vers la ville voisine.\n\n\
        Depuis le 15 février, au moins 80 civils ont été tués dans la région.";
    assert_eq!(dated_figures(fr, "2025-03-12")[1], ("killed".into(), 80.0, false));
    // Told in a simple past less than two weeks before, it may be the incident a follow-up
    // story tells of.
    let en = "Survivors of the floods demanded compensation on Tuesday, March 11.\n\n\
        They marched to the governor's office.\n\nMany still live in tents.\n\n\
        The floods on March 2 killed 40 people in the county.";
    assert_eq!(dated_figures(en, "2025-03-12"), vec![("killed".into(), 40.0, false)]);
    // Days before that day, with the week's margin, the figure is still the incident's.
    let en = "An attack on two hamlets killed at least 21 people, the governor said on Tuesday, March 11.\n\n\
        The gunmen arrived on motorbikes.\n\nResidents fled to a nearby town.\n\n\
        On Saturday, March 8, the first raid killed 17 people.";
    assert_eq!(dated_figures(en, "2025-03-12"), vec![("killed".into(), 21.0, false), ("killed".into(), 17.0, false)]);
}

#[test]
fn a_noun_the_lists_do_not_hold_after_other_names_the_victims() {
    assert_eq!(
        kinds("Trois autres adolescents ont été blessés."),
        victims(&[("wounded", 3.0, Some("autres adolescents"))])
    );
    assert_eq!(kinds("Un autre lycéen est légèrement blessé."), victims(&[("wounded", 1.0, Some("autre lycéen"))]));
    assert_eq!(kinds("Two other teenagers were wounded."), victims(&[("wounded", 2.0, Some("other teenagers"))]));
    // A people's name after them stays their adjective, a time is no victim.
    assert_eq!(kinds("Trois civils maliens ont été blessés."), victims(&[("wounded", 3.0, Some("civils"))]));
    assert_eq!(kinds("Two civilians were killed on Monday."), victims(&[("killed", 2.0, Some("civilians"))]));
}

#[test]
fn a_harm_word_after_a_relative_adverb_is_not_the_noun_s() {
    assert!(kinds("Shells hit a school and a nearby monastery where displaced families were staying.").is_empty());
    assert!(
        kinds("Les obus ont touché une école et un monastère voisin où des familles déplacées logeaient.").is_empty()
    );
    assert_eq!(kinds("Two soldiers were also killed."), victims(&[("killed", 2.0, Some("soldiers"))]));
}

#[test]
fn a_figure_confirmed_or_feared_is_still_counted() {
    let c = casualties("Two climbers have been confirmed killed on the ridge, and four were injured in the fall.");
    assert!(c.iter().any(|c| c.0 == "killed" && c.1 == 2.0), "{c:?}");
    assert!(c.iter().any(|c| c.0 == "wounded" && c.1 == 4.0), "{c:?}");
    let c = casualties("Six fishermen are feared dead after their trawler capsized.");
    assert!(c.iter().any(|c| c.0 == "dead" && c.1 == 6.0), "{c:?}");
}

#[test]
fn a_figure_a_reporter_learnt_takes_the_source_it_learnt_it_from() {
    let c = casualties("Four workers were killed in the collapse, the agency learned from the mine's operator.");
    assert_eq!(c[0].5, vec!["the mine's operator"], "{c:?}");
    let c = casualties("Quatre ouvriers ont été tués dans l'effondrement, a-t-on appris auprès de l'exploitant.");
    assert_eq!(c[0].5, vec!["l'exploitant"], "{c:?}");
}

#[test]
fn others_counted_at_another_place_share_the_first_figure_s_harm() {
    let c = casualties("Thirty fans were detained outside the stadium and nine others near the station.");
    assert!(c.iter().any(|c| c.0 == "arrested" && c.1 == 30.0), "{c:?}");
    assert!(c.iter().any(|c| c.0 == "arrested" && c.1 == 9.0), "{c:?}");
    let c = casualties(
        "Trente supporters ont été interpellés devant le stade et neuf autres près de la gare centrale de la ville.",
    );
    assert!(c.iter().any(|c| c.0 == "arrested" && c.1 == 9.0), "{c:?}");
}

#[test]
fn a_verb_of_suffering_with_injuries_counts_the_wounded() {
    let c = casualties("Two lifeguards suffered minor injuries while pulling swimmers from the surf.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("wounded", 2.0), "{c:?}");
    let c = casualties("Four cyclists sustained injuries in the crash.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("wounded", 4.0), "{c:?}");
    let c = casualties("Deux sauveteurs ont subi des blessures légères pendant l'opération.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("wounded", 2.0), "{c:?}");
    // Dying of injuries is dying.
    let c = casualties("Deux randonneurs ont succombé à leurs blessures.");
    assert_eq!(c[0].0, "dead", "{c:?}");
}

#[test]
fn a_toll_s_source_named_as_the_agent_in_the_next_sentence() {
    let c = casualties(
        "Five dead and nine hurt at the checkpoint. The toll was given late on Friday by the regional governor.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c.iter().all(|c| c.5 == vec!["the regional governor"]), "{c:?}");
    let c = casualties("Cinq morts et neuf blessés au poste de contrôle. Le bilan a été communiqué vendredi soir par le gouverneur de la région.");
    assert!(c.iter().all(|c| c.5 == vec!["le gouverneur de la région"]), "{c:?}");
    // Not what something else had done to it.
    let c = casualties("Seven people drowned in the flood. The bridge was swept away by the water.");
    assert!(c[0].5.is_empty(), "{c:?}");
}

#[test]
fn a_toll_of_a_figure_counts_the_dead_and_its_giver_is_the_source() {
    let c = casualties("A district official gave a death toll of at least 11 villagers.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("dead", 11.0), "{c:?}");
    assert_eq!(c[0].5, vec!["A district official"], "{c:?}");
    assert_eq!(c[0].4, None, "{c:?}");
    let c = casualties("Le préfet a donné un bilan de 11 villageois.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("dead", 11.0), "{c:?}");
    // A harm word after the figure says which toll it is.
    let c = casualties("Le préfet a donné un bilan de 11 blessés.");
    assert_eq!(c[0].0, "wounded", "{c:?}");
    // A toll of an event counts no one.
    let c = casualties("Le bilan d'une explosion dans une usine s'est alourdi à 12 morts.");
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn lives_claimed_or_cost_are_the_dead() {
    let c = casualties("The epidemic has claimed more than 1,200 lives since January.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("killed", 1200.0), "{c:?}");
    let c = casualties("L'épidémie a coûté plus de 1 200 vies depuis janvier.");
    assert_eq!((c[0].0.as_str(), c[0].1), ("killed", 1200.0), "{c:?}");
}

#[test]
fn a_verb_that_counts_names_the_source_of_its_figures() {
    let c = casualties("The coastguard recorded three deaths and 25 rescues along the coast.");
    assert_eq!(c[0].5, vec!["The coastguard"], "{c:?}");
    let c = casualties("Sur l'année, les pompiers ont recensé 12 morts et 90 blessés dans les incendies.");
    assert!(c.iter().all(|c| c.5 == vec!["les pompiers"]), "{c:?}");
    // Before anything but a figure, the verb tells nothing.
    assert!(casualties("The choir recorded an album after two singers were injured.")[0].5.is_empty());
}

#[test]
fn one_person_named_with_an_article_in_a_list_of_parts_is_a_part_too() {
    let c = casualties("Eleven climbers died, including eight guides, a cook and a porter.");
    assert_eq!(c.iter().filter(|c| c.1 == 1.0).count(), 2, "{c:?}");
    let c = casualties("Onze otages ont été enlevés, dont huit guides et une cuisinière.");
    assert!(c.iter().any(|c| c.1 == 1.0 && c.0 == "kidnapped"), "{c:?}");
    // Not a source after the figure.
    let c = casualties("Gunmen killed at least four guards, a security union said.");
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn an_apostrophe_groups_thousands_as_swiss_texts_write_them() {
    let fr = casualties("Selon une ONG, quelque 12'500 habitants de la vallée ont été déplacés depuis mars.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("displaced", 12500.0));
    let en = casualties("Some 12'500 villagers have been displaced since March, an NGO said.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("displaced", 12500.0));
}

#[test]
fn the_beheaded_are_killed() {
    let fr = casualties("Deux bergers ont été décapités près du village, a dit un habitant.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("killed", 2.0));
    let en = casualties("Two herders were beheaded near the village, a resident said.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("killed", 2.0));
}

#[test]
fn animals_taken_with_people_are_no_casualties_and_leave_the_harm_to_the_people() {
    let en = casualties("Five herders and about 300 goats were abducted near the river, the mayor said.");
    assert_eq!(en.len(), 1, "{en:?}");
    assert_eq!((en[0].0.as_str(), en[0].1), ("kidnapped", 5.0));
    let fr = casualties("Cinq bergers et quelque 300 chèvres ont été enlevés près du fleuve, a indiqué le maire.");
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("kidnapped", 5.0));
}

#[test]
fn an_article_before_a_noun_of_the_dead_or_wounded_counts_one() {
    let fr = casualties("L'éboulement a causé un mort et douze blessés, selon la protection civile.");
    let kinds: Vec<(&str, f64)> = fr.iter().map(|c| (c.0.as_str(), c.1)).collect();
    assert_eq!(kinds, vec![("dead", 1.0), ("wounded", 12.0)], "{fr:?}");
    // A decree is no arrest, and a death toll counts its own figure.
    assert!(casualties("La circulation est interdite selon un arrêté du gouverneur.").is_empty());
    let en = casualties("The landslide left one dead and twelve injured, civil protection said.");
    let kinds: Vec<(&str, f64)> = en.iter().map(|c| (c.0.as_str(), c.1)).collect();
    assert_eq!(kinds, vec![("dead", 1.0), ("wounded", 12.0)], "{en:?}");
}

#[test]
fn a_toll_of_something_raised_to_a_figure_counts_the_dead() {
    let en = counts("Divers recovered a third body on Friday, lifting the death toll of the ferry disaster to 14.");
    assert!(en.contains(&("dead".to_string(), 14.0)), "{en:?}");
    let fr =
        counts("Les plongeurs ont repêché un troisième corps vendredi, portant le bilan du naufrage du ferry à 14.");
    assert!(fr.contains(&("dead".to_string(), 14.0)), "{fr:?}");
}

#[test]
fn another_body_counts_one_and_a_toll_counts_no_one() {
    assert_eq!(counts("Another body was pulled from the river on Sunday."), rows(&[("dead", 1.0)]));
    assert_eq!(counts("Un autre corps a été repêché dimanche dans le fleuve."), rows(&[("dead", 1.0)]));
    assert_eq!(counts("A toll compiled by the army showed 12 dead."), rows(&[("dead", 12.0)]));
    assert_eq!(counts("Un bilan établi par l'armée fait état de 12 morts."), rows(&[("dead", 12.0)]));
}

#[test]
fn those_carried_away_by_water_or_not_yet_found_are_missing() {
    let en = counts(
        "Rescuers are looking for three herders who are thought to have been swept away by the river. Nine miners have not been located.",
    );
    assert_eq!(en, rows(&[("missing", 3.0), ("missing", 9.0)]));
    let fr = counts(
        "Les secours recherchent trois bergers qui auraient été emportés par la crue. Neuf mineurs n'ont pas été retrouvés.",
    );
    assert_eq!(fr, rows(&[("missing", 3.0), ("missing", 9.0)]));
}

#[test]
fn a_relative_clause_on_the_victims_says_what_befell_them() {
    let en = counts("Four guards who were wounded in the raid were flown to the capital.");
    assert_eq!(en, rows(&[("wounded", 4.0)]));
    let fr = counts("Quatre gardes qui ont été blessés dans le raid ont été évacués vers la capitale.");
    assert_eq!(fr, rows(&[("wounded", 4.0)]));
}

#[test]
fn those_who_sought_treatment_are_wounded() {
    let en = counts("Of the 90 workers on site, 14 were seeking medical treatment on Monday, the company said.");
    assert!(en.contains(&("wounded".to_string(), 14.0)), "{en:?}");
}

#[test]
fn parts_set_off_after_the_harm_word_keep_its_kind_and_a_speaker_is_no_part() {
    let en = counts("Seven people were killed, three women and four men, the prosecutor said.");
    assert_eq!(en, rows(&[("killed", 7.0), ("killed", 3.0), ("killed", 4.0)]));
    let fr = counts("Sept personnes sont mortes, trois femmes et quatre hommes, selon le parquet.");
    assert_eq!(fr, rows(&[("dead", 7.0), ("dead", 3.0), ("dead", 4.0)]));
    let en = counts("Five people were killed, three soldiers said.");
    assert_eq!(en, rows(&[("killed", 5.0)]));
}

#[test]
fn figures_listed_by_place_with_brackets_between_keep_the_kind() {
    let en = counts("Nine people died in Sefrou province (north), four in Azrou (centre) and one in Ifrane.");
    assert_eq!(en, rows(&[("dead", 9.0), ("dead", 4.0), ("dead", 1.0)]));
    let fr = counts(
        "Neuf personnes sont mortes dans la province de Sefrou (nord), quatre à Azrou (centre) et une à Ifrane.",
    );
    assert_eq!(fr, rows(&[("dead", 9.0), ("dead", 4.0), ("dead", 1.0)]));
}

#[test]
fn the_agent_of_a_toll_is_its_source() {
    let fr = casualties("Le bilan publié mardi par la protection civile fait état de 6 morts et 2 disparus.");
    assert_eq!(fr[0].5, vec!["la protection civile"], "{fr:?}");
    assert_eq!(fr[1].5, vec!["la protection civile"], "{fr:?}");
    let en = casualties("The toll released on Tuesday by civil protection stands at six dead and two missing.");
    assert_eq!(en[0].5, vec!["civil protection"], "{en:?}");
}

#[test]
fn a_nationality_alone_among_the_dead_counts_one_and_the_list_goes_on_past_it() {
    let en = counts("Six people died in the floods, including a Canadian.");
    assert_eq!(en, rows(&[("dead", 6.0), ("dead", 1.0)]));
    let fr = counts("Six personnes sont mortes à Sefrou, dont un Canadien, deux à Azrou et une à Ifrane.");
    assert_eq!(fr, rows(&[("dead", 6.0), ("dead", 1.0), ("dead", 2.0), ("dead", 1.0)]));
}

#[test]
fn those_who_give_the_figure_are_no_part_of_it() {
    let en = counts("A mine hit a convoy, killing four guards and wounding two, two police sources told reporters.");
    assert_eq!(en, rows(&[("killed", 4.0), ("wounded", 2.0)]));
    let fr = counts(
        "Une mine a touché un convoi, tuant quatre gardes et en blessant deux, ont indiqué deux sources policières.",
    );
    assert_eq!(fr, rows(&[("killed", 4.0), ("wounded", 2.0)]));
}

#[test]
fn those_who_did_the_harm_in_a_relative_clause_are_no_victims() {
    let en = counts("Police arrested the two men who killed him.");
    assert_eq!(en, rows(&[("arrested", 2.0)]));
    let fr = counts("Les deux hommes qui l'ont tué ont été interpellés.");
    assert!(!fr.iter().any(|(k, _)| k == "killed"), "{fr:?}");
}

#[test]
fn remains_count_only_when_found_and_a_toll_of_something_else_is_none() {
    assert!(counts("The UN set up a body to investigate the clashes.").is_empty());
    assert!(counts("Un corps diplomatique était présent à la cérémonie.").is_empty());
    assert_eq!(counts("Un corps sans vie a été retrouvé sur la plage."), rows(&[("dead", 1.0)]));
    assert!(counts("Le club porte son bilan de la saison à 12 victoires.").is_empty());
    assert!(counts("Les 12 caisses ont été sorties, une à une, du camion.").is_empty());
    let en = counts("Five people were killed, two witnesses and a local official said.");
    assert_eq!(en, rows(&[("killed", 5.0)]));
}

#[test]
fn a_figure_held_in_the_past_or_still_missing_is_counted() {
    let fr = counts("Une vingtaine de marins étaient portés disparus après la tempête.");
    assert_eq!(fr, rows(&[("missing", 20.0)]));
    let fr = counts("Un pêcheur reste porté disparu.");
    assert_eq!(fr, rows(&[("missing", 1.0)]));
    let en = counts("About fifty people were still missing after the rains.");
    assert_eq!(en, rows(&[("missing", 50.0)]));
}

#[test]
fn an_article_that_opens_a_round_number_counts_no_one_more() {
    let fr = counts("Une trentaine de manifestants ont été blessés et un policier a été tué.");
    assert_eq!(fr, rows(&[("wounded", 30.0), ("killed", 1.0)]));
    let en = counts("A dozen protesters were hurt and a policeman was killed.");
    assert_eq!(en, rows(&[("wounded", 12.0), ("killed", 1.0)]));
}

#[test]
fn one_named_by_an_article_keeps_its_verb_across_a_qualifier_and_an_aside() {
    let fr = counts("Un journaliste de la chaîne, qui filmait à Mossoul depuis un an, a été tué mardi.");
    assert_eq!(fr, rows(&[("killed", 1.0)]));
    let en = counts("A reporter for the radio, who had covered the siege for weeks, was wounded on Friday.");
    assert_eq!(en, rows(&[("wounded", 1.0)]));
    // Not a thing named by an article, nor one who speaks before the figure.
    let en = counts("An opposition rally in the square ended and 40 people were detained.");
    assert_eq!(en, rows(&[("arrested", 40.0)]));
    let en = counts("A witness said 14 villagers were abducted.");
    assert_eq!(en, rows(&[("kidnapped", 14.0)]));
    let fr = counts("Un tir de roquette fait trois morts.");
    assert_eq!(fr, rows(&[("dead", 3.0)]));
}

#[test]
fn a_figure_joined_by_as_well_as_shares_the_harm() {
    let en = counts("Forty people were injured, as well as about ten police officers.");
    assert_eq!(en, rows(&[("wounded", 40.0), ("wounded", 10.0)]));
    let fr = counts("Quarante manifestants ont été blessés, ainsi qu'une dizaine de policiers.");
    assert_eq!(fr, rows(&[("wounded", 40.0), ("wounded", 10.0)]));
    let fr = counts("Quarante civils ont été blessés, et dix policiers.");
    assert_eq!(fr, rows(&[("wounded", 40.0), ("wounded", 10.0)]));
    let en = counts("Six soldiers as well as two civilians were killed.");
    assert_eq!(en, rows(&[("killed", 6.0), ("killed", 2.0)]));
    let fr = counts("Six soldats ainsi que deux civils ont été tués.");
    assert_eq!(fr, rows(&[("killed", 6.0), ("killed", 2.0)]));
}

#[test]
fn the_body_of_someone_counts_them_dead() {
    let en = counts("Divers recovered the body of a fisherman on Sunday.");
    assert_eq!(en, rows(&[("dead", 1.0)]));
    let fr = counts("Les secours ont retrouvé le corps d'une randonneuse.");
    assert_eq!(fr, rows(&[("dead", 1.0)]));
    assert!(counts("The governing body of a federation met on Monday.").is_empty());
}

#[test]
fn a_group_named_by_an_article_counts_no_one() {
    assert!(counts("A group of farmers was abducted near the river.").is_empty());
    assert!(counts("Une famille a été enlevée près de la frontière.").is_empty());
}

#[test]
fn people_forced_from_their_home_are_displaced() {
    let fr = counts("Les combats ont forcé 12 000 habitants à quitter leur domicile.");
    assert_eq!(fr, rows(&[("displaced", 12000.0)]));
    let en = counts("The fighting forced 12,000 people to leave their home.");
    assert_eq!(en, rows(&[("displaced", 12000.0)]));
}

#[test]
fn two_groups_under_one_relative_clause_share_its_harm() {
    let en = counts("Seven pupils and a cook who were abducted on Monday have been freed.");
    assert_eq!(en, rows(&[("kidnapped", 7.0), ("kidnapped", 1.0)]));
    let fr = counts("Sept élèves et un cuisinier qui avaient été enlevés lundi ont été libérés.");
    assert_eq!(fr, rows(&[("kidnapped", 7.0), ("kidnapped", 1.0)]));
}

#[test]
fn one_named_by_the_with_a_complement_counts_one() {
    let en = counts("The pilot of the helicopter was killed when it came down.");
    assert_eq!(en, rows(&[("killed", 1.0)]));
    let fr = counts("Le chauffeur du camion a été blessé dans la collision.");
    assert_eq!(fr, rows(&[("wounded", 1.0)]));
    assert!(counts("The head of the delegation was received by the minister.").is_empty());
}

#[test]
fn parts_listed_after_a_dash_or_a_colon_take_the_harm_of_the_whole() {
    let en = counts("The five dead – a shepherd, two farmers and two children – were buried on Sunday.");
    assert_eq!(en, rows(&[("dead", 5.0), ("dead", 1.0), ("dead", 2.0), ("dead", 2.0)]));
    let fr = counts("Cinq personnes ont été tuées lundi : deux femmes et trois hommes.");
    assert_eq!(fr, rows(&[("killed", 5.0), ("killed", 2.0), ("killed", 3.0)]));
    // A clause of its own after the dash is no part.
    let fr = counts("Un soldat a été tué – deux assaillants sont toujours en fuite.");
    assert_eq!(fr, rows(&[("killed", 1.0)]));
    let en = counts("Four civilians were killed – two suspects are being questioned.");
    assert_eq!(en, rows(&[("killed", 4.0)]));
    let fr = counts("Cinq personnes ont été tuées : deux policiers et trois civils.");
    assert_eq!(fr, rows(&[("killed", 5.0), ("killed", 2.0), ("killed", 3.0)]));
    // What follows the dash is no part when it names no victims.
    let en = counts("Some 300 people were arrested — one of the largest sweeps this year.");
    assert_eq!(en, rows(&[("arrested", 300.0)]));
}

#[test]
fn a_part_named_before_its_whole_shares_its_harm() {
    let en = counts("Two nurses are among the eleven people killed in the raid.");
    assert_eq!(en, rows(&[("killed", 2.0), ("killed", 11.0)]));
    let en = counts("Three pupils were among seven people who drowned.");
    assert_eq!(en, rows(&[("dead", 3.0), ("dead", 7.0)]));
    let fr = counts("Deux infirmières figurent parmi les onze personnes qui sont mortes.");
    assert_eq!(fr, rows(&[("dead", 2.0), ("dead", 11.0)]));
}

#[test]
fn people_who_fled_their_villages_are_displaced_whatever_names_them() {
    let en = counts("Some forty Ashaninka families that abandoned their villages reached the town.");
    assert_eq!(en, rows(&[("displaced", 40.0)]));
    let fr = counts("Une quarantaine de familles ont fui leurs villages après les combats.");
    assert_eq!(fr, rows(&[("displaced", 40.0)]));
    let en = counts("About 900 residents have fled their neighbourhoods since the shelling began.");
    assert_eq!(en, rows(&[("displaced", 900.0)]));
}

#[test]
fn those_who_treat_the_wounded_or_belong_to_a_group_or_a_complement_are_counted_right() {
    assert_eq!(counts("A doctor treating the wounded said three people had died."), rows(&[("dead", 3.0)]));
    assert_eq!(
        counts("Un médecin soignant les blessés a dit que trois personnes étaient mortes."),
        rows(&[("dead", 3.0)])
    );
    assert_eq!(counts("A family member was killed in the strike."), rows(&[("killed", 1.0)]));
    assert_eq!(counts("La femme d'un policier a été blessée dans l'attaque."), rows(&[("wounded", 1.0)]));
    assert_eq!(counts("The driver of a minibus was killed."), rows(&[("killed", 1.0)]));
}

#[test]
fn those_made_to_leave_their_homes_are_displaced_and_those_who_leave_for_work_are_not() {
    let en = counts("More than 400 people were forced to leave their homes after the floods.");
    assert_eq!(en, rows(&[("displaced", 400.0)]));
    let fr = counts("Plus de 400 familles ont été contraintes de quitter leur domicile.");
    assert_eq!(fr, rows(&[("displaced", 400.0)]));
    let fr = counts("Plus de 400 personnes ont dû quitter leur maison.");
    assert_eq!(fr, rows(&[("displaced", 400.0)]));
    assert!(counts("About 300 young men left their villages last year to look for work.").is_empty());
    let fr = counts("Deux infirmières font partie des onze personnes tuées lundi.");
    assert_eq!(fr, rows(&[("killed", 2.0), ("killed", 11.0)]));
}

/// (kind, count, sources) of every casualty figure.
fn sourced(text: &str) -> Vec<(String, f64, Vec<String>)> {
    casualties(text).into_iter().map(|c| (c.0, c.1, c.5)).collect()
}

#[test]
fn a_harm_word_with_a_figure_after_it_is_done_by_its_subject() {
    // The tagger may read "wounded" as an adjective; a figure after it is its object.
    assert_eq!(counts("A sniper wounded two farmers near the dam."), rows(&[("wounded", 2.0)]));
    assert_eq!(
        counts("A sniper shot four people dead and hurt at least nine more near the dam."),
        rows(&[("dead", 4.0), ("wounded", 9.0)])
    );
    assert_eq!(counts("Un tireur a blessé deux agriculteurs près du barrage."), rows(&[("wounded", 2.0)]));
    // After an auxiliary it is still what befell them.
    assert_eq!(counts("Two guards were wounded two days ago."), rows(&[("wounded", 2.0)]));
}

#[test]
fn one_named_by_the_who_dies_with_no_auxiliary_counts_one() {
    assert_eq!(counts("The shooter also died at the scene, police said."), rows(&[("dead", 1.0)]));
    assert_eq!(counts("The driver died in hospital."), rows(&[("dead", 1.0)]));
    assert_eq!(counts("Le chauffeur est décédé à l'hôpital."), rows(&[("dead", 1.0)]));
    // One who harms others is no victim.
    assert_eq!(counts("The driver injured three cyclists."), rows(&[("wounded", 3.0)]));
}

#[test]
fn those_named_after_among_the_dead_and_a_copula_are_dead() {
    assert_eq!(
        counts("Among the dead were 12 pupils and three teachers, according to the governor."),
        rows(&[("dead", 12.0), ("dead", 3.0)])
    );
    assert_eq!(
        counts("Parmi les morts figurent douze élèves et trois enseignants, selon le gouverneur."),
        rows(&[("dead", 12.0), ("dead", 3.0)])
    );
    assert!(counts("Those killed were mostly 20 years old.").is_empty());
}

#[test]
fn burns_suffered_are_injuries() {
    assert_eq!(
        counts("At least 40 villagers suffered burns from the hot ash, officials said."),
        rows(&[("wounded", 40.0)])
    );
    assert_eq!(
        counts("Au moins 40 villageois ont subi des brûlures, selon les autorités."),
        rows(&[("wounded", 40.0)])
    );
    assert!(counts("The fire burns for days in the peat.").is_empty());
}

#[test]
fn a_figure_placed_elsewhere_after_another_is_of_its_kind() {
    assert_eq!(
        counts("At least 300 people died in the port city, and 45 elsewhere in the region."),
        rows(&[("dead", 300.0), ("dead", 45.0)])
    );
    assert_eq!(
        counts("Au moins 300 habitants ont péri dans la ville portuaire, et 45 ailleurs dans la région."),
        rows(&[("dead", 300.0), ("dead", 45.0)])
    );
    // An adverb that places nothing joins nothing.
    assert_eq!(counts("Twelve people died in the city and 40 still live in tents."), rows(&[("dead", 12.0)]));
}

#[test]
fn a_count_of_inmates_killed_is_of_the_killed_and_a_prison_roll_is_no_arrest() {
    assert_eq!(
        sourced("Les autorités ont porté à 31 le nombre de prisonniers tués pendant la mutinerie."),
        vec![("killed".to_string(), 31.0, vec!["Les autorités".to_string()])]
    );
    assert_eq!(
        sourced("Officials raised the number of inmates killed in the riot to 31."),
        vec![("killed".to_string(), 31.0, vec!["Officials".to_string()])]
    );
    assert!(counts("Le pays compte 45 prisons et quelque 52.000 détenus.").is_empty());
    assert_eq!(counts("Trente manifestants ont été détenus."), rows(&[("arrested", 30.0)]));
}

#[test]
fn a_group_joined_with_its_adjective_or_complement_shares_the_verb() {
    assert_eq!(
        counts("Four rangers and a Nigerien soldier were killed in the ambush."),
        rows(&[("killed", 4.0), ("killed", 1.0)])
    );
    assert_eq!(
        counts("Quatre gardes et un soldat nigérien ont été tués près du barrage."),
        rows(&[("killed", 4.0), ("killed", 1.0)])
    );
    assert_eq!(counts("Quatre gardes et un soldat de la réserve sont morts."), rows(&[("dead", 4.0), ("dead", 1.0)]));
}

#[test]
fn a_figure_dated_by_the_edge_of_a_past_year_is_of_an_earlier_incident() {
    let fr = "Un train a percuté un car mardi près de Tanta, faisant neuf morts, selon le ministère.\n\n\
        Les secours ont dégagé les voitures pendant la nuit.\n\nLa ligne reste fermée.\n\n\
        Vingt passagers avaient péri fin 2019 au même passage à niveau.";
    assert_eq!(dated_figures(fr, "2025-03-12"), vec![("dead".into(), 9.0, false), ("dead".into(), 20.0, true)]);
    let en = "A collision between two trains killed nine people on Tuesday near Tanta, the ministry said.\n\n\
        Rescuers cleared the carriages overnight.\n\nThe line remains closed.\n\n\
        Twenty people were also killed in late 2019 in a crash at the same crossing.";
    assert_eq!(dated_figures(en, "2025-03-12"), vec![("killed".into(), 9.0, false), ("killed".into(), 20.0, true)]);
}

#[test]
fn a_toll_given_by_someone_names_its_source() {
    assert_eq!(
        sourced("The previous toll given by the health ministry was 58 dead."),
        vec![("dead".to_string(), 58.0, vec!["the health ministry".to_string()])]
    );
    assert_eq!(
        sourced("Le dernier bilan donné par le ministère de l'Intérieur était de 58 morts."),
        vec![("dead".to_string(), 58.0, vec!["le ministère de l'Intérieur".to_string()])]
    );
    // Its owner ends before what qualifies the record.
    assert_eq!(
        sourced("At least 11 dead, according to figures released by the interior ministry on Monday."),
        vec![("dead".to_string(), 11.0, vec!["the interior ministry".to_string()])]
    );
    assert_eq!(
        sourced("Au moins 11 morts, d'après un communiqué de la préfecture diffusé lundi soir."),
        vec![("dead".to_string(), 11.0, vec!["la préfecture".to_string()])]
    );
    // A record of no figure is no one's claim.
    assert!(run("The report written by the inspectors was published.")["attributions"].as_array().unwrap().is_empty());
}

#[test]
fn repetitions_ages_and_beds_are_no_victims_and_an_object_makes_a_subject_no_victim() {
    assert_eq!(counts("A protester shot 3 times by police was taken to hospital."), rows(&[("wounded", 1.0)]));
    assert_eq!(counts("Un manifestant blessé deux fois par la police a été soigné."), rows(&[("wounded", 1.0)]));
    assert!(counts("The dead were 70 and 72, relatives said.").is_empty());
    assert!(counts("The hospital has 12 burns beds.").is_empty());
    assert!(counts("Trois brûlures graves ont été soignées.").is_empty());
    // The gunman is who killed, not one of the killed.
    let c = kinds("The gunman then killed his neighbour.");
    assert!(c.iter().all(|(_, _, v)| v.as_deref() != Some("gunman")), "{c:?}");
    assert_eq!(counts("Four people were injured, 2 seriously."), rows(&[("wounded", 4.0)]));
}

#[test]
fn a_part_of_those_a_harm_names_has_the_harm_s_kind() {
    assert_eq!(
        sourced("The fire chief said three of the injured were in a serious state."),
        vec![("wounded".to_string(), 3.0, vec!["The fire chief".to_string()])]
    );
    assert_eq!(counts("Trois des blessés sont dans un état grave."), rows(&[("wounded", 3.0)]));
    // What befell them after decides.
    assert_eq!(counts("Two of the injured died later in hospital."), rows(&[("dead", 2.0)]));
    assert_eq!(counts("Deux des blessés sont morts à l'hôpital."), rows(&[("dead", 2.0)]));
}

#[test]
fn one_named_with_a_definite_article_after_including_is_one_of_the_figure() {
    let en = counts("Attackers raided a mosque on Friday, leaving 14 people dead, including the imam, police said.");
    assert_eq!(en, rows(&[("dead", 14.0), ("dead", 1.0)]));
    let fr = counts("L'incendie de l'école a fait 9 morts, dont le directeur, selon les pompiers.");
    assert_eq!(fr, rows(&[("dead", 9.0), ("dead", 1.0)]));
    // A noun with a complement of its own is not read as one alone.
    let en = counts("The fire killed 3 people, including the owner of the shop.");
    assert_eq!(en, rows(&[("killed", 3.0)]));
}

#[test]
fn those_evacuated_to_a_place_of_care_are_wounded() {
    let en = counts("Seven people were evacuated to a nearby hospital. Some 200 residents were evacuated to a school.");
    assert_eq!(en, rows(&[("wounded", 7.0), ("displaced", 200.0)]));
    let fr = counts("Six habitants ont été évacués en urgence vers le CHU de la ville. Deux cents familles ont été évacuées vers une école.");
    assert_eq!(fr, rows(&[("wounded", 6.0), ("displaced", 200.0)]));
    // Patients moved, and people sent on to other hospitals, are not hurt.
    let en = counts("Six patients were evacuated to a nearby hospital after a fire broke out in their clinic.");
    assert_eq!(en, rows(&[("displaced", 6.0)]));
    let fr = counts("Une centaine de personnes ont été évacuées vers d'autres hôpitaux après l'inondation.");
    assert_eq!(fr, rows(&[("displaced", 100.0)]));
}

#[test]
fn a_harm_after_a_verb_of_no_harm_joined_to_it() {
    let en =
        counts("Four bodies were pulled out of the mud, while nine other victims were freed and rushed to hospital.");
    assert_eq!(en, rows(&[("dead", 4.0), ("wounded", 9.0)]));
    let fr = counts("Quatre corps ont été retrouvés sous la boue et neuf autres victimes ont été dégagées et évacuées vers la clinique.");
    assert_eq!(fr, rows(&[("dead", 4.0), ("wounded", 9.0)]));
    assert_eq!(counts("Two men were arrested and charged with murder."), rows(&[("arrested", 2.0)]));
}

#[test]
fn parts_after_a_dash_typed_as_two_hyphens() {
    let fr = counts("L'explosion a fait six morts -- cinq ouvriers et un gardien -- et 30 blessés.");
    assert_eq!(fr, rows(&[("dead", 6.0), ("dead", 5.0), ("dead", 1.0), ("wounded", 30.0)]));
    let en = counts("The crash killed six people -- five passengers and one driver.");
    assert_eq!(en, rows(&[("killed", 6.0), ("killed", 5.0), ("killed", 1.0)]));
}

#[test]
fn what_is_believed_of_victims_stands_between_them_and_the_harm() {
    let en = counts("Some 15 villagers are believed missing after the mudslide. Three fishermen are presumed dead.");
    assert_eq!(en, rows(&[("missing", 15.0), ("dead", 3.0)]));
    let fr = counts("Vingt personnes sont considérées comme disparues. Trois pêcheurs sont présumés morts.");
    assert_eq!(fr, rows(&[("missing", 20.0), ("dead", 3.0)]));
    // Not a belief about what someone else did.
    assert!(counts("Police believed the two suspects had left the country.").is_empty());
}

#[test]
fn the_remains_of_one_wounded_are_a_body() {
    let en = kinds("The body of a driver wounded in the ambush was recovered on Tuesday near the market.");
    assert_eq!(en, victims(&[("dead", 1.0, Some("driver"))]));
    let fr = kinds("Le corps d'un chauffeur blessé lors de l'embuscade a été récupéré mardi près du marché.");
    assert_eq!(fr, victims(&[("dead", 1.0, Some("chauffeur"))]));
}

#[test]
fn a_victim_wounded_earlier_who_died_counts_among_the_dead() {
    let en = kinds("A nurse injured on Sunday by a visitor in the ward died overnight.");
    assert_eq!(en, victims(&[("dead", 1.0, Some("nurse"))]));
    let fr = kinds("Une infirmière blessée dimanche par un visiteur dans le service est décédée lundi.");
    assert_eq!(fr, victims(&[("dead", 1.0, Some("infirmière"))]));
    // Wounded, then taken elsewhere: still wounded.
    let en = counts("A guard wounded on Sunday by gunmen was taken to hospital.");
    assert_eq!(en, rows(&[("wounded", 1.0)]));
}

#[test]
fn the_agent_of_a_harm_is_no_victim() {
    assert_eq!(counts("Three guards were wounded by two gunmen."), rows(&[("wounded", 3.0)]));
    assert_eq!(counts("Trois gardiens ont été blessés par deux hommes armés."), rows(&[("wounded", 3.0)]));
}

#[test]
fn a_man_and_a_woman_or_one_more_are_counted_apart() {
    let en = counts("A man was found dead in the river on Monday. A woman died in hospital on Tuesday.");
    assert_eq!(en, rows(&[("dead", 1.0), ("dead", 1.0)]));
    let fr = counts("Un homme a été retrouvé mort lundi dans la rivière. Une femme est morte mardi à l'hôpital.");
    assert_eq!(fr, rows(&[("dead", 1.0), ("dead", 1.0)]));
    let fr = counts("Un gardien a été tué lundi. Un autre a été tué mardi dans la même ville.");
    assert_eq!(fr, rows(&[("killed", 1.0), ("killed", 1.0)]));
    // The same child, told again with more detail, is one.
    let en = counts(
        "A child was killed when a tree fell on a car.\n\nA six-year-old boy died at the scene, the sheriff said.",
    );
    assert_eq!(en, rows(&[("killed", 1.0)]));
}

#[test]
fn a_death_the_wounded_cause_or_a_harm_after_by_stays_as_it_is() {
    // The wounded guard killed someone else: he is wounded.
    let en = kinds("A guard wounded on Sunday in the raid killed his attacker.");
    assert_eq!(en, victims(&[("wounded", 1.0, Some("guard"))]));
    let fr = kinds("Un gendarme blessé lundi lors de l'assaut a tué le tireur.");
    assert_eq!(fr, victims(&[("wounded", 1.0, Some("gendarme"))]));
    // An adverb before the death.
    let en = kinds("A policeman wounded in the attack later died of his injuries.");
    assert_eq!(en, victims(&[("dead", 1.0, Some("policeman"))]));
    // The harm after "by" is a figure of its own.
    assert_eq!(counts("The protests were marked by three deaths."), rows(&[("dead", 3.0)]));
    assert_eq!(counts("Le week-end a été marqué par 14 morts dans des violences."), rows(&[("dead", 14.0)]));
}

#[test]
fn figures_listed_after_a_toll_and_a_colon_are_its_giver_s() {
    let fr =
        casualties("En fin de journée, la préfecture a encore relevé le bilan publié le matin : 12 morts, 3 disparus.");
    assert_eq!(fr.iter().map(|c| (c.0.as_str(), c.1)).collect::<Vec<_>>(), vec![("dead", 12.0), ("missing", 3.0)]);
    assert!(fr.iter().all(|c| c.5.contains(&"la préfecture".to_string())), "{fr:?}");
    let en = casualties("The civil protection agency released a new toll on Monday: 12 dead and three missing.");
    assert!(en.iter().all(|c| c.5.contains(&"The civil protection agency".to_string())), "{en:?}");
}

#[test]
fn a_harm_word_after_a_reflexive_may_name_no_harm() {
    assert!(counts("Dans la nuit, un violent orage s'est abattu en amont du barrage.").is_empty());
    assert_eq!(counts("Deux gardes ont été abattus dans la nuit."), rows(&[("killed", 2.0)]));
}

#[test]
fn the_one_who_attacked_arrested_or_killed_counts_as_one() {
    assert_eq!(kinds("L'agresseur a été arrêté peu après à Nantes."), victims(&[("arrested", 1.0, Some("agresseur"))]));
    assert_eq!(kinds("Le forcené a été interpellé dans la soirée."), victims(&[("arrested", 1.0, Some("forcené"))]));
    assert_eq!(
        kinds("The perpetrator was arrested near the station in Leeds."),
        victims(&[("arrested", 1.0, Some("perpetrator"))])
    );
    assert_eq!(kinds("Two kidnappers were killed in the rescue."), victims(&[("killed", 2.0, Some("kidnappers"))]));
    // An adjective after the noun: "le ravisseur présumé", "le tireur présumé".
    assert_eq!(kinds("Le ravisseur présumé a été arrêté lundi."), victims(&[("arrested", 1.0, Some("ravisseur"))]));
    assert_eq!(kinds("The gunman responsible was arrested on Monday."), victims(&[("arrested", 1.0, Some("gunman"))]));
}

#[test]
fn a_second_group_after_et_or_and_keeps_its_own_count() {
    assert_eq!(
        kinds("L'explosion a blessé huit gendarmes et cinq passants, selon la préfecture."),
        victims(&[("wounded", 8.0, Some("gendarmes")), ("wounded", 5.0, Some("passants"))])
    );
    assert_eq!(
        kinds("The explosion wounded eight firefighters and five civilians, the council said."),
        victims(&[("wounded", 8.0, Some("firefighters")), ("wounded", 5.0, Some("civilians"))])
    );
    // "et" joins the parts of one number too.
    assert_eq!(kinds("Vingt et un soldats ont été tués."), victims(&[("killed", 21.0, Some("soldats"))]));
    assert_eq!(kinds("Trente et une personnes sont mortes."), victims(&[("dead", 31.0, Some("people"))]));
}

#[test]
fn the_size_of_a_group_is_no_count_of_its_victims() {
    assert_eq!(
        kinds("Quatre des 12 000 gendarmes mobilisés ont été blessés, selon la préfecture."),
        victims(&[("wounded", 4.0, Some("gendarmes"))])
    );
    assert_eq!(
        kinds("Two of the 30 hostages were killed, the army said."),
        victims(&[("killed", 2.0, Some("hostages"))])
    );
}

#[test]
fn one_of_a_people_named_before_a_day_is_counted_without_the_day() {
    assert_eq!(
        kinds("Des ravisseurs ont enlevé deux Espagnols et un Nigérien mardi près de Dori."),
        victims(&[("kidnapped", 2.0, Some("espagnols")), ("kidnapped", 1.0, Some("nigérien"))])
    );
    assert_eq!(
        kinds("Bandits kidnapped two Spaniards and a Ghanaian on Friday near Dori."),
        victims(&[("kidnapped", 2.0, Some("spaniards")), ("kidnapped", 1.0, Some("ghanaian"))])
    );
}

#[test]
fn a_joined_article_adds_one_only_to_a_round_ten_in_french() {
    assert_eq!(
        kinds("Gunmen killed twenty and a soldier was wounded."),
        victims(&[("killed", 20.0, None), ("wounded", 1.0, Some("soldier"))])
    );
    assert_eq!(
        kinds("Les assaillants ont tué douze et un soldat a été blessé."),
        victims(&[("killed", 12.0, None), ("wounded", 1.0, Some("soldat"))])
    );
    // A group's size written with a separator, or in words, is no count either.
    assert_eq!(kinds("Four of the 12,000 gendarmes were wounded."), victims(&[("wounded", 4.0, Some("gendarmes"))]));
    assert_eq!(kinds("Trente et un des 200 passagers ont péri."), victims(&[("dead", 31.0, Some("passagers"))]));
    // Peoples' names joined as the subject share its verb.
    assert_eq!(
        kinds("Deux Espagnols et un Nigérien ont été enlevés mardi près de Dori."),
        victims(&[("kidnapped", 2.0, Some("espagnols")), ("kidnapped", 1.0, Some("nigérien"))])
    );
}

#[test]
fn a_figure_of_last_month_is_of_an_earlier_incident_even_days_before() {
    // 2025-03-01 is a Saturday: last month ended the day before.
    let en = "A minibus fell into a ravine near Baguio on Saturday, killing six passengers, police said.\n\n\
        Rescuers searched the slope until dawn.\n\nThe road had been closed twice this year.\n\n\
        Last month, a truck slid off the same bend and three people were hurt.";
    assert_eq!(dated_figures(en, "2025-03-01"), vec![("killed".into(), 6.0, false), ("wounded".into(), 3.0, true)]);
    let fr = "Un minibus est tombé dans un ravin samedi près de Kindia, tuant six passagers, selon la police.\n\n\
        Les secours ont fouillé la pente jusqu'à l'aube.\n\nLa route avait été fermée deux fois cette année.\n\n\
        Le mois dernier, trois personnes avaient été blessées quand un camion avait quitté la route.";
    assert_eq!(dated_figures(fr, "2025-03-01"), vec![("killed".into(), 6.0, false), ("wounded".into(), 3.0, true)]);
    // This month's is not.
    let en = en.replace("Last month", "Earlier this month");
    assert_eq!(dated_figures(&en, "2025-03-01")[1], ("wounded".into(), 3.0, false));
}

#[test]
fn a_running_total_since_last_month_holds_the_incident() {
    let en = "Gunmen attacked a bus on Saturday near Gao, killing two passengers, officials said.\n\n\
        The road had been closed.\n\nPatrols were stepped up.\n\n\
        Since last month, at least 200 people have been killed in the region, the UN said.";
    assert_eq!(dated_figures(en, "2024-03-04"), vec![("killed".into(), 2.0, false), ("killed".into(), 200.0, false)]);
    let fr = "Des hommes armés ont attaqué un car samedi près de Gao, tuant deux passagers.\n\n\
        La route était fermée.\n\nLes patrouilles ont été renforcées.\n\n\
        Depuis le mois dernier, au moins 200 personnes ont été tuées dans la région, selon l'ONU.";
    assert_eq!(dated_figures(fr, "2024-03-04"), vec![("killed".into(), 2.0, false), ("killed".into(), 200.0, false)]);
}

#[test]
fn people_trapped_under_rubble_are_missing_but_a_forecast_is_no_figure() {
    assert_eq!(
        counts("Some 150 people may have been trapped under the rubble, officials said."),
        rows(&[("missing", 150.0)])
    );
    assert_eq!(
        counts("Rescuers said 40 miners were trapped under the rubble of the gallery."),
        rows(&[("missing", 40.0)])
    );
    assert_eq!(counts("Une trentaine de mineurs sont pris au piège sous les décombres."), rows(&[("missing", 30.0)]));
    assert_eq!(counts("Deux ouvriers sont restés bloqués sous les décombres."), rows(&[("missing", 2.0)]));
    // What the rubble lies on is no victim, and what may yet happen is no toll.
    assert_eq!(counts("Two people were trapped under the rubble of a building."), rows(&[("missing", 2.0)]));
    assert_eq!(counts("Up to 2 million people could be displaced by rising seas by 2050."), rows(&[]));
    assert_eq!(counts("Jusqu'à 2 millions de personnes pourraient être déplacées d'ici 2050."), rows(&[]));
    // Drivers held up by snow are no missing people.
    assert_eq!(counts("Environ 2 000 automobilistes sont restés bloqués sous la neige."), rows(&[]));
}

#[test]
fn people_taken_hostage_are_kidnapped() {
    assert_eq!(
        counts("Two guards died after the raiders took nine workers hostage at a warehouse."),
        rows(&[("dead", 2.0), ("kidnapped", 9.0)])
    );
    assert_eq!(counts("The raiders held four guards hostage for six hours."), rows(&[("kidnapped", 4.0)]));
    assert_eq!(counts("Les assaillants ont pris douze villageois en otage lundi."), rows(&[("kidnapped", 12.0)]));
    assert_eq!(counts("Des hommes armés ont pris en otage 16 personnes."), rows(&[("kidnapped", 16.0)]));
    // A hostage crisis counts no one.
    assert!(counts("The hostage crisis ended on Monday evening.").is_empty());
}

#[test]
fn a_count_put_at_a_figure_gives_the_harm_it_counts() {
    assert_eq!(
        sourced("The regional governor put the number of farmers abducted at only seven."),
        vec![("kidnapped".to_string(), 7.0, vec!["The regional governor".to_string()])]
    );
    assert_eq!(counts("Officials put the number of people missing at 30."), rows(&[("missing", 30.0)]));
    assert_eq!(
        counts("La gendarmerie a chiffré le nombre de personnes enlevées à seulement cinq."),
        rows(&[("kidnapped", 5.0)])
    );
    // A time is no count: "at 5" after a verb of no toll.
    assert!(counts("The market reopened at 5 in the morning.").is_empty());
}

#[test]
fn victims_of_a_harm_the_living_suffer_are_not_counted_dead() {
    assert_eq!(
        counts("La police recherche 15 voyageurs, dont six enfants, victimes d'un enlèvement sur la route nationale."),
        rows(&[("kidnapped", 15.0), ("kidnapped", 6.0)])
    );
    assert_eq!(counts("Les 27 victimes du rapt ont été retrouvées."), rows(&[("kidnapped", 27.0)]));
    // The victims of an attack are still its dead.
    assert_eq!(counts("Les douze victimes de l'attaque ont été inhumées."), rows(&[("dead", 12.0)]));
    // In English "victims" tells no harm of its own.
    assert!(counts("Troops are searching for 42 people, victims of a mass kidnapping.").iter().all(|c| c.0 != "dead"));
}

#[test]
fn the_same_value_for_the_two_sides_of_a_fight_is_two_figures() {
    assert_eq!(
        counts("Three rebels were killed in the clashes. The military said three of its troops also died."),
        rows(&[("killed", 3.0), ("dead", 3.0)])
    );
    assert_eq!(
        counts("Quatre assaillants ont été tués. L'armée a indiqué que quatre de ses soldats avaient péri."),
        rows(&[("killed", 4.0), ("dead", 4.0)])
    );
    // The same side said twice is one figure.
    assert_eq!(
        counts("Three rebels were killed in the clashes. Officials later said all three rebels were killed."),
        rows(&[("killed", 3.0)])
    );
}

#[test]
fn a_time_opening_a_clause_of_what_happened_then_dates_an_earlier_figure() {
    let en = "Gunmen stormed an army post on Tuesday, killing seven soldiers. \
        It was the worst raid on the post since July, when 23 guards were killed.";
    assert_eq!(dated_figures(en, "2025-11-30"), vec![("killed".into(), 7.0, false), ("killed".into(), 23.0, true)]);
    let fr = "Des hommes armés ont attaqué un poste militaire mardi, tuant sept soldats. \
        C'est le raid le plus meurtrier depuis juillet, lorsque 23 gardes avaient été tués.";
    assert_eq!(dated_figures(fr, "2025-11-30"), vec![("killed".into(), 7.0, false), ("killed".into(), 23.0, true)]);
    // A running total since a time holds the incident's dead.
    let total =
        "Gunmen stormed an army post on Tuesday, killing seven soldiers. Since July, 40 guards have been killed.";
    assert!(dated_figures(total, "2025-11-30").iter().all(|f| !f.2));
}

#[test]
fn hostage_before_a_noun_or_away_from_the_victims_counts_no_one() {
    assert!(counts("The 5 hostage negotiators arrived on Monday.").is_empty());
    assert!(counts("The group released 3 hostage videos on Monday.").is_empty());
    assert!(counts("Police trained 20 officers in hostage negotiation.").is_empty());
    assert!(counts("La police a formé 20 agents à la gestion de prise en otage.").is_empty());
    // A time after the victims is no noun of theirs.
    assert_eq!(counts("Les assaillants ont pris douze villageois en otage lundi."), rows(&[("kidnapped", 12.0)]));
}

#[test]
fn a_harm_told_of_victims_of_a_kidnapping_after_them_wins() {
    assert_eq!(
        counts("Les trois victimes d'un enlèvement ont été tuées par leurs ravisseurs."),
        rows(&[("killed", 3.0)])
    );
    assert_eq!(counts("Deux victimes d'un kidnapping ont été retrouvées mortes."), rows(&[("dead", 2.0)]));
    // An article before the kidnapping counts no one.
    assert!(counts("Le village a été victime d'un enlèvement massif.").iter().all(|c| c.1 != 1.0));
}

#[test]
fn an_article_after_at_is_no_figure_of_a_count() {
    assert!(counts("The number of dead at a hospital in the city rose.").is_empty());
    assert!(counts("The number of kidnapped rose at a faster pace this year.").is_empty());
}

#[test]
fn a_toll_of_others_told_next_gives_its_source_to_the_toll_before() {
    assert_eq!(
        sourced("At least 17 people were killed in the hill districts. Nine others died near the coast, provincial officials said."),
        vec![
            ("killed".to_string(), 17.0, vec!["provincial officials".to_string()]),
            ("dead".to_string(), 9.0, vec!["provincial officials".to_string()])
        ]
    );
    assert_eq!(
        sourced("Au moins 17 personnes sont mortes dans les districts de montagne. Neuf autres ont été tuées près de la côte, selon les autorités provinciales."),
        vec![
            ("dead".to_string(), 17.0, vec!["les autorités provinciales".to_string()]),
            ("killed".to_string(), 9.0, vec!["les autorités provinciales".to_string()])
        ]
    );
    // "près de" before no figure is no approximator: what follows is a place.
    assert_eq!(counts("Sept personnes ont été tuées près de la côte."), rows(&[("killed", 7.0)]));
    // A claim of something else says nothing of the toll before it.
    let s = sourced("At least 17 people were killed in the hill districts. Police said the roads were closed.");
    assert!(s[0].2.is_empty(), "{s:?}");
}

#[test]
fn a_vague_multiple_of_a_unit_is_a_measure_not_victims() {
    assert_eq!(
        kinds("Dozens of climbers were still missing on Sunday, hundreds of metres below the ridge."),
        victims(&[("missing", 24.0, Some("climbers"))])
    );
    assert_eq!(
        kinds("Des dizaines de mineurs sont bloqués sous terre, à des centaines de mètres de profondeur."),
        victims(&[("missing", 20.0, Some("mineurs"))])
    );
}

#[test]
fn miners_still_trapped_are_missing_but_travellers_stranded_are_not() {
    assert_eq!(counts("Selon le ministre, 31 mineurs étaient bloqués au fond de la mine."), rows(&[("missing", 31.0)]));
    assert_eq!(counts("Some 31 miners were still trapped underground, the minister said."), rows(&[("missing", 31.0)]));
    assert!(counts("Trois cents touristes sont toujours bloqués à l'aéroport.").is_empty());
    assert!(counts("Quelque 500 voyageurs sont toujours coincés à la gare.").is_empty());
}

#[test]
fn a_relative_clause_of_no_harm_between_victims_and_their_verb_is_passed() {
    let en = casualties(
        "The governor said 17 workers who ran from the plant or were carried out by colleagues suffered burns.",
    );
    assert_eq!((en[0].0.as_str(), en[0].1), ("wounded", 17.0), "{en:?}");
    assert_eq!(en[0].5, vec!["The governor"]);
    assert_eq!(counts("Three passengers who were on the bus died."), rows(&[("dead", 3.0)]));
    assert_eq!(
        counts("Selon les autorités, 28 personnes qui avaient pu sortir seules ont été blessées."),
        rows(&[("wounded", 28.0)])
    );
    assert_eq!(counts("Trois passagers qui se trouvaient dans le car sont morts."), rows(&[("dead", 3.0)]));
    // What the clause's own verb does to a noun, or a chain of auxiliaries, is no verb of theirs.
    assert!(counts("said Ko, a 31-year-old volunteer who helped pull bodies from the rubble.").is_empty());
    assert!(counts("Lawyers visited two men who were being held in the city's prison.").is_empty());
    // Those who did harm are no victims of what follows.
    assert!(counts("Ten rebels who ambushed the convoy fled across the border.").is_empty());
    assert!(counts("Four men who robbed the bank fled in a stolen car.").is_empty());
    assert!(counts("Quatre hommes qui ont braqué la banque ont fui.").is_empty());
}

#[test]
fn injuries_caused_to_a_figure_and_injuries_suffered_of_a_kind_are_wounded() {
    let en =
        casualties("A gas leak at a school on Thursday caused injuries to at least 19 pupils, the health office said.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("wounded", 19.0), "{en:?}");
    assert_eq!(en[0].5, vec!["the health office"]);
    let fr = casualties(
        "Une fuite de gaz dans une école jeudi a provoqué des blessures à 19 élèves, selon les services de santé.",
    );
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("wounded", 19.0), "{fr:?}");
    assert_eq!(
        counts("Of the 15 people hurt, 11 suffered from fractures and four others were treated for bruises."),
        rows(&[("wounded", 15.0), ("wounded", 11.0), ("wounded", 4.0)])
    );
    assert_eq!(
        counts(
            "Parmi les 15 blessés, 11 souffraient de fractures et quatre autres ont été soignés pour des contusions."
        ),
        rows(&[("wounded", 15.0), ("wounded", 11.0), ("wounded", 4.0)])
    );
    assert_eq!(counts("Huit agents ont pu être soignés sur place."), rows(&[("wounded", 8.0)]));
    assert_eq!(counts("Twelve people were treated at the scene."), rows(&[("wounded", 12.0)]));
    // What was treated is no victim.
    assert_eq!(
        counts("Quarante élèves ont été soignés pour une intoxication alimentaire."),
        rows(&[("wounded", 40.0)])
    );
    assert_eq!(counts("Forty pupils were treated for a concussion."), rows(&[("wounded", 40.0)]));
    assert_eq!(counts("Un pompier a été traité pour des brûlures."), rows(&[("wounded", 1.0)]));
    // Suffering of no injury is none.
    assert!(counts("Selon le ministère, 24 personnes souffrent de la faim.").is_empty());
}

#[test]
fn a_figure_among_the_harmed_keeps_its_harm_before_a_later_clause() {
    let fr = casualties(
        "On compte neuf élèves et deux enseignants parmi les blessés, et la police a bloqué l'accès au quartier, a déclaré M. Karimi.",
    );
    assert_eq!(fr.iter().map(|c| (c.0.as_str(), c.1)).collect::<Vec<_>>(), vec![("wounded", 9.0), ("wounded", 2.0)]);
    assert!(fr.iter().all(|c| c.5 == vec!["M. Karimi"]), "{fr:?}");
    let en = casualties("Nine students are among the injured, and police sealed off the district, Dr. Karimi said.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("wounded", 9.0), "{en:?}");
    assert_eq!(en[0].5, vec!["Dr. Karimi"]);
}

#[test]
fn an_aside_between_a_harm_verb_and_its_object_leaves_the_subject_no_victim() {
    assert_eq!(
        kinds("Three attackers killed, on Friday evening, 27 villagers in the hills."),
        victims(&[("killed", 27.0, Some("villagers"))])
    );
    assert_eq!(
        kinds("Deux assaillants ont blessé, vendredi soir, 14 gardes à l'entrée du camp."),
        victims(&[("wounded", 14.0, Some("gardes"))])
    );
    // A time without commas too.
    assert_eq!(
        kinds("Three attackers killed on Friday evening 27 villagers in the hills."),
        victims(&[("killed", 27.0, Some("villagers"))])
    );
    assert_eq!(
        kinds("Deux assaillants ont blessé vendredi soir 14 gardes."),
        victims(&[("wounded", 14.0, Some("gardes"))])
    );
    // The victims' own verb keeps its aside outside: "were killed, on Friday, in …".
    assert_eq!(counts("Two guards were killed, on Friday, in the ambush."), rows(&[("killed", 2.0)]));
    assert_eq!(counts("Deux gardes ont été tués, vendredi, dans l'embuscade."), rows(&[("killed", 2.0)]));
}

#[test]
fn one_of_a_group_named_to_tell_of_someone_else_is_no_count() {
    assert!(counts("The brother of one of those abducted pleaded for help on local radio.").is_empty());
    assert!(counts("Le frère de l'un des otages a lancé un appel sur une radio locale.").is_empty());
    assert!(counts("La femme d'un des mineurs blessés attendait devant l'hôpital.").is_empty());
    // The one named is harmed in turn: "the daughter of one of the miners was killed".
    assert_eq!(counts("La fille de l'un des mineurs a été tuée dans l'effondrement."), rows(&[("killed", 1.0)]));
    assert_eq!(counts("The daughter of one of the miners was killed in the collapse."), rows(&[("killed", 1.0)]));
    // One of them harmed in turn is a count.
    assert_eq!(counts("One of the hostages was killed on Sunday."), rows(&[("killed", 1.0)]));
    assert_eq!(counts("L'un des otages a été tué dimanche."), rows(&[("killed", 1.0)]));
}

#[test]
fn a_death_named_as_a_noun_is_dead() {
    assert_eq!(
        kinds("Les heurts de la nuit ont entraîné le décès de quatre jeunes."),
        victims(&[("dead", 4.0, Some("jeunes"))])
    );
    assert_eq!(counts("Le décès d'un pompier a été confirmé samedi."), rows(&[("dead", 1.0)]));
    // Left lifeless: said of people only.
    assert_eq!(counts("Le glissement de terrain a laissé quatre habitants sans vie."), rows(&[("dead", 4.0)]));
    assert!(counts("Les combats ont laissé trois hameaux sans vie, vidés de leurs habitants.").is_empty());
    assert_eq!(counts("The rockfall left four workers lifeless on the ledge."), rows(&[("dead", 4.0)]));
    assert!(counts("The drought left four valleys lifeless.").is_empty());
    assert_eq!(counts("The night of unrest led to the deaths of four youths."), rows(&[("dead", 4.0)]));
}

#[test]
fn people_shot_whom_a_death_toll_counts_are_the_dead() {
    // "shot" tells of a hit, not of the outcome: the toll of the same count says it.
    let c = casualties(
        "Gunmen kill six at a border post\n\nGunmen opened fire on the post and shot six guards, the army said.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].0.as_str(), c[0].1, c[0].6), ("killed", 6.0, 2));
    let c = casualties("Gunmen shot six guards at the post on Monday. All six were killed, the army said.");
    assert_eq!((c.len(), c[0].0.as_str()), (1, "killed"), "{c:?}");
    let fr = casualties("Six gardes ont été touchés par balle lundi au poste. Six gardes ont été tués, selon l'armée.");
    assert_eq!((fr.len(), fr[0].0.as_str()), (1, "killed"), "{fr:?}");
    // No toll of that count: those shot are wounded.
    assert_eq!(
        counts("Gunmen shot six guards on Monday; two of them died later."),
        rows(&[("wounded", 6.0), ("dead", 2.0)])
    );
    assert_eq!(counts("Trois manifestants ont été touchés par balle."), rows(&[("wounded", 3.0)]));
    // Other people killed, of the same count: two figures.
    assert_eq!(
        counts("Police shot two protesters in the capital. Two police officers were killed in the north."),
        rows(&[("wounded", 2.0), ("killed", 2.0)])
    );
    assert_eq!(
        counts("Trois soldats sont morts dans l'embuscade. Trois passants ont été atteints par balle au marché."),
        rows(&[("dead", 3.0), ("wounded", 3.0)])
    );
}

#[test]
fn a_toll_changed_from_one_figure_to_another_gives_both() {
    assert_eq!(
        sourced("The death toll from the floods rose from 31 to 44 on Thursday, officials said."),
        vec![
            ("dead".to_string(), 31.0, vec!["officials".to_string()]),
            ("dead".to_string(), 44.0, vec!["officials".to_string()])
        ]
    );
    assert_eq!(
        sourced("Le bilan des inondations est passé de 31 à 44 morts jeudi, selon la protection civile."),
        vec![
            ("dead".to_string(), 31.0, vec!["la protection civile".to_string()]),
            ("dead".to_string(), 44.0, vec!["la protection civile".to_string()])
        ]
    );
    // The earlier figure after the new one.
    let c = sourced("The interior ministry raised the number of miners killed to 19, up from 12 on Monday.");
    assert_eq!(c.iter().map(|c| c.1).collect::<Vec<_>>(), vec![19.0, 12.0], "{c:?}");
    assert!(c.iter().all(|c| c.0 == "killed" && c.2 == vec!["The interior ministry".to_string()]), "{c:?}");
    let fr = counts("Le bilan s'est alourdi à 19 morts, contre 12 lundi, selon la préfecture.");
    assert_eq!(fr, rows(&[("dead", 19.0), ("dead", 12.0)]));
    // The new figure's time between them.
    assert_eq!(counts("The toll climbed to 19 on Tuesday, from 12."), rows(&[("dead", 19.0), ("dead", 12.0)]));
    assert_eq!(
        counts("Le bilan est passé à 19 morts mardi soir, contre 12 la veille."),
        rows(&[("dead", 19.0), ("dead", 12.0)])
    );
    // The earlier figure of a change takes no source from a figure of another sentence.
    let c = sourced("Gunmen shot dead two guards, the army said. In the valley, the flood toll rose from 31 to 44.");
    assert_eq!(c[1], ("dead".to_string(), 31.0, vec![]), "{c:?}");
    let c = sourced("Des hommes armés ont abattu deux gardes, selon l'armée. Dans la vallée, le bilan des crues est passé de 31 à 44.");
    assert_eq!(c[1], ("dead".to_string(), 31.0, vec![]), "{c:?}");
    // The harm the toll counts.
    assert_eq!(
        counts("The toll of injured climbed from 30 to 52 overnight, doctors said."),
        rows(&[("wounded", 30.0), ("wounded", 52.0)])
    );
    assert_eq!(
        counts("Le nombre de personnes interpellées est passé de 25 à 40, selon la préfecture."),
        rows(&[("arrested", 25.0), ("arrested", 40.0)])
    );
    // Not ages, places or another year after the new toll.
    assert_eq!(
        counts("Le bilan s'est alourdi à neuf morts, âgés de 2 à 70 ans, selon l'hôpital."),
        rows(&[("dead", 9.0)])
    );
    assert_eq!(
        counts("The toll has risen to 25 dead, farmers from 4 nearby villages, officials said."),
        rows(&[("dead", 25.0)])
    );
    assert_eq!(
        counts("Le bilan s'élève à 25 morts, contre 18 l'an dernier lors de la même fête."),
        rows(&[("dead", 25.0)])
    );
    // A range is still a range.
    assert_eq!(counts("Between 31 and 44 people were killed in the floods."), rows(&[("killed", 31.0)]));
    assert_eq!(counts("Dimanche, de 10 à 15 migrants sont morts en mer."), rows(&[("dead", 10.0)]));
    let q = quantities("Les secours ont fouillé la rivière sur une distance de 10 à 20 km.");
    assert_eq!((q.len(), q[0].0.as_str()), (1, "de 10 à 20 km"), "{q:?}");
}

#[test]
fn a_harm_done_fatally_is_a_killing() {
    assert_eq!(counts("Two guards were fatally wounded at the gate."), rows(&[("killed", 2.0)]));
    assert_eq!(counts("Soldiers fatally shot a smuggler near the river."), rows(&[("killed", 1.0)]));
    assert_eq!(counts("Deux gardiens ont été mortellement blessés devant la grille."), rows(&[("killed", 2.0)]));
    assert_eq!(
        counts("Police shot five demonstrators, two of them fatally, witnesses said."),
        rows(&[("wounded", 5.0), ("killed", 2.0)])
    );
    let fr = kinds("Cinq manifestants ont été touchés par balle, dont deux mortellement.");
    assert_eq!(fr, victims(&[("wounded", 5.0, Some("manifestants")), ("killed", 2.0, None)]));
}

#[test]
fn a_later_sentence_pointing_back_to_the_toll_gives_its_source() {
    let c = sourced(
        "A gas blast killed 14 workers at the plant on Monday. Rescue teams searched the rubble overnight. These figures were given by the regional governor.",
    );
    assert_eq!(c[0].2, vec!["the regional governor".to_string()], "{c:?}");
    let c = sourced(
        "L'explosion a tué 14 ouvriers lundi. Les secours ont fouillé les décombres. Ce bilan, annoncé par le gouverneur de la région, reste provisoire.",
    );
    assert_eq!(c[0].2, vec!["le gouverneur de la région".to_string()], "{c:?}");
    // Not an agent of no participle, nor a figure given a source already.
    let c = sourced("A blast killed 14 workers on Monday. This toll is the highest since 2010 by far.");
    assert!(c[0].2.is_empty(), "{c:?}");
    let c = sourced("A blast killed 14 workers, police said. These figures were confirmed by the hospital.");
    assert_eq!(c[0].2, vec!["police".to_string()], "{c:?}");
}

#[test]
fn a_toll_a_participle_updates_after_the_source_is_that_source_s() {
    let fr =
        "L'assaut a visé le camp, a précisé le gouverneur, confirmant un bilan de deux morts et de quatre blessés.";
    assert_eq!(
        sourced(fr),
        vec![
            ("dead".to_string(), 2.0, vec!["le gouverneur".to_string()]),
            ("wounded".to_string(), 4.0, vec!["le gouverneur".to_string()]),
        ]
    );
    let en = "The assault targeted the camp, the governor said, raising the toll to 25 dead.";
    assert_eq!(sourced(en), vec![("dead".to_string(), 25.0, vec!["the governor".to_string()])]);
    // A toll with a subject of its own is that subject's.
    let en = "The raid killed 20 people, according to the UN, while a study estimates the toll at 130.";
    assert_eq!(sourced(en)[1].2, vec!["a study".to_string()]);
}

#[test]
fn armed_men_and_civilians_killed_are_two_groups_even_in_two_sentences() {
    let en = "Police shot dead the three gunmen who had stormed the checkpoint.\n\n\
        Two guards and three civilians died as well, officials said.";
    assert_eq!(counts(en), rows(&[("killed", 3.0), ("dead", 2.0), ("dead", 3.0)]));
    let fr = "Les soldats ont abattu les trois assaillants qui avaient attaqué le poste.\n\n\
        Trois gendarmes et trois civils ont également été tués, selon l'armée.";
    assert_eq!(counts(fr), rows(&[("killed", 3.0), ("killed", 3.0), ("killed", 3.0)]));
    // The same civilians told twice stay one figure.
    let en = "Three civilians were killed in the raid.\n\nThe three civilians were killed near the market.";
    assert_eq!(counts(en), rows(&[("killed", 3.0)]));
}

#[test]
fn a_headline_s_round_figure_and_the_body_s_exact_one_are_one_item() {
    let en = "Over 60 miners killed in pit blast\n\n\
        A blast in a coal pit on Tuesday killed at least 63 miners, officials said.";
    assert_eq!(counts(en), rows(&[("killed", 63.0)]));
    let fr = "Près de 50 morts dans l'effondrement d'un immeuble\n\n\
        L'effondrement d'un immeuble a fait 47 morts samedi, selon la protection civile.";
    assert_eq!(counts(fr), rows(&[("dead", 47.0)]));
    // Not a figure that is not round, nor one far from it, nor a vague amount.
    let en = "At least 21 killed in bus crash\n\nThe toll rose to 23 on Monday, police said.";
    assert_eq!(counts(en).len(), 2);
    let en = "Over 60 miners killed in pit blast\n\nAt least 95 miners were killed, officials said.";
    assert_eq!(counts(en).len(), 2);
    // A round-up headline sums several figures: none of them is its.
    let en = "More than 20 killed in attacks across the north\n\n\
        Gunmen killed 12 people in one village on Sunday. \
        Elsewhere, 24 people died in a separate attack on Saturday.";
    assert_eq!(counts(en), rows(&[("killed", 20.0), ("killed", 12.0), ("dead", 24.0)]));
}

#[test]
fn people_treated_at_a_place_of_care_are_wounded_and_the_place_is_no_victim() {
    let en = "At least eight miners were being treated at the district hospital for burns.";
    assert_eq!(kinds(en), victims(&[("wounded", 8.0, Some("miners"))]));
    assert_eq!(counts("Some 14 villagers received hospital treatment overnight."), rows(&[("wounded", 14.0)]));
    let fr = "Une trentaine de personnes étaient soignées à l'hôpital régional pour des brûlures.";
    assert_eq!(counts(fr), rows(&[("wounded", 30.0)]));
    assert_eq!(counts("Trois soldats ont été soignés dans un dispensaire."), rows(&[("wounded", 3.0)]));
    // Patients cared for are the sick, not the wounded.
    assert!(counts("Some 300 patients being treated at the city hospital were moved on Monday.").is_empty());
    assert!(counts("Les 200 patients soignés à l'hôpital sont partis vers Tunis.").is_empty());
    // A harm told to those named after its preposition still counts them.
    let fr = "L'incendie a éclaté tôt, causant des blessures à dix-sept agents au moins.";
    assert_eq!(counts(fr), rows(&[("wounded", 17.0)]));
}

#[test]
fn a_running_total_since_a_time_long_gone_is_history() {
    let fr = "Douze villageois ont été enlevés lundi par des inconnus, selon la police.\n\n\
        Les ravisseurs sont partis vers la forêt.\n\nUne rançon a été demandée.\n\n\
        La région avait connu un premier rapt massif en 2019. Depuis lors, plus de 300 habitants y ont été enlevés.";
    assert_eq!(
        dated_figures(fr, "2025-03-12"),
        vec![("kidnapped".into(), 12.0, false), ("kidnapped".into(), 300.0, true)]
    );
    let en = "Gunmen abducted twelve villagers on Monday, police said.\n\n\
        The kidnappers headed into the forest.\n\nA ransom has been demanded.\n\n\
        The region saw its first mass abduction in 2019. Since then, more than 300 residents have been kidnapped.";
    assert_eq!(
        dated_figures(en, "2025-03-12"),
        vec![("kidnapped".into(), 12.0, false), ("kidnapped".into(), 300.0, true)]
    );
    // Since a day of the incident's, the total is the incident's.
    let en = "Floods hit the valley on Monday, officials said.\n\n\
        Roads were cut.\n\nSchools were closed.\n\n\
        The river burst its banks on Sunday. Since then, 40 people have been killed.";
    assert!(dated_figures(en, "2025-03-12").iter().all(|f| !f.2));
}

#[test]
fn other_victims_of_another_harm_are_still_the_headline_s_figure() {
    // "Other" sets the wounded apart from the dead just told, not from the headline's wounded.
    let en = "Gunmen kill 7 and wound 4 in northern Kenya\n\n\
        NAIROBI (Reuters) - Seven villagers were killed on Monday. Four other villagers were wounded, police said.";
    assert_eq!(counts(en), rows(&[("killed", 7.0), ("wounded", 4.0)]));
    let fr = "Des hommes armés tuent 7 personnes et en blessent 4 au Niger\n\n\
        NIAMEY (AFP) - Sept villageois ont été tués lundi. Quatre autres villageois ont été blessés, selon la police.";
    assert_eq!(counts(fr), rows(&[("killed", 7.0), ("wounded", 4.0)]));
    // As many more of the same harm are still more, and so are others of a harm the body has
    // told again already.
    let en = "Floods kill 8 in Assam\n\nEight people died on Monday. Eight more died on Tuesday, officials said.";
    assert_eq!(counts(en).len(), 2);
    let en = "Blasts kill 4, wound 6 in Herat\n\nSix people were wounded in the first blast on Monday. \
              Four were killed in the second. Six other people were wounded in the second blast, police said.";
    assert_eq!(counts(en).iter().filter(|c| c.0 == "wounded").count(), 2);
}

#[test]
fn a_number_word_right_after_the_dateline_counts() {
    let fr = "NIAMEY (AFP) - Huit villageois ont été tués dans la nuit par des hommes armés.";
    assert_eq!(counts(fr), rows(&[("killed", 8.0)]));
    let fr = "BAMAKO (AFP) - Sept soldats ont été blessés lundi.";
    assert_eq!(counts(fr), rows(&[("wounded", 7.0)]));
    let en = "KABUL (Reuters) - Nine workers were killed when a mine caved in.";
    assert_eq!(counts(en), rows(&[("killed", 9.0)]));
}

#[test]
fn parts_of_a_figure_joined_by_and_count_though_a_clause_and_its_source_follow() {
    let en = "Among the dead were 40 women and six children, while 25 were injured, police said.";
    assert_eq!(counts(en), rows(&[("dead", 40.0), ("dead", 6.0), ("wounded", 25.0)]));
    let fr = "Parmi les morts figurent 40 femmes et six enfants, tandis que 25 personnes ont été blessées, \
              selon la police.";
    assert_eq!(counts(fr), rows(&[("dead", 40.0), ("dead", 6.0), ("wounded", 25.0)]));
    // Those who speak after the list are still no part of it, past an adverb or an aside.
    assert_eq!(counts("Gunmen shot dead two farmers, two witnesses and an official said."), rows(&[("killed", 2.0)]));
    let en = "The blast killed three soldiers and two civilians, two witnesses have said.";
    assert_eq!(counts(en), rows(&[("killed", 3.0), ("killed", 2.0)]));
    let fr = "L'attaque a tué trois soldats et deux civils, deux témoins l'ont confirmé.";
    assert_eq!(counts(fr), rows(&[("killed", 3.0), ("killed", 2.0)]));
}

#[test]
fn a_toll_put_or_estimated_at_a_figure_and_people_told_to_leave_their_homes() {
    assert_eq!(counts("Their toll was put at 27 on Friday."), rows(&[("dead", 27.0)]));
    assert_eq!(counts("The death toll was estimated at 40 by late Sunday."), rows(&[("dead", 40.0)]));
    assert_eq!(counts("Le bilan a été établi à 27 morts vendredi."), rows(&[("dead", 27.0)]));
    assert_eq!(counts("Le bilan était estimé dimanche à 40 morts."), rows(&[("dead", 40.0)]));
    let en = "About 450 villagers were told to leave their homes, officials said.";
    assert_eq!(counts(en), rows(&[("displaced", 450.0)]));
    assert_eq!(counts("Some 200 families were ordered out of their homes on Monday."), rows(&[("displaced", 200.0)]));
    let fr = "Quelque 450 habitants ont reçu l'ordre de quitter leurs maisons.";
    assert_eq!(counts(fr), rows(&[("displaced", 450.0)]));
    let fr = "Environ 200 familles ont été sommées de quitter leurs maisons lundi.";
    assert_eq!(counts(fr), rows(&[("displaced", 200.0)]));
    // Told to leave a room, or to clear a stadium, is no displacement.
    assert!(counts("Twelve journalists were told to leave the room.").is_empty());
    assert!(counts("Some 4,000 spectators were told to evacuate the stadium.").is_empty());
    // Nor is a toll in money or in anything but people.
    assert!(counts("Le bilan financier de l'opération s'élève à 12 millions d'euros.").is_empty());
    assert!(counts("Le bilan de la saison est établi à 27 victoires.").is_empty());
}

#[test]
fn parts_named_by_their_nationality_count_each() {
    let en = "The dead included four Austrians, two Italians, two Canadians and one Belgian, police said.";
    assert_eq!(
        kinds(en),
        victims(&[
            ("dead", 4.0, Some("austrians")),
            ("dead", 2.0, Some("italians")),
            ("dead", 2.0, Some("canadians")),
            ("dead", 1.0, Some("belgian"))
        ])
    );
    let fr = "Parmi les morts figurent trois Britanniques, trois Allemands et deux Espagnols, a indiqué la police.";
    assert_eq!(
        kinds(fr),
        victims(&[
            ("dead", 3.0, Some("britanniques")),
            ("dead", 3.0, Some("allemands")),
            ("dead", 2.0, Some("espagnols"))
        ])
    );
    // Nouns for a people that are not its adjective count too.
    let en = "Two Danes, three Britons and a Spaniard were injured when the coach overturned.";
    assert_eq!(
        kinds(en),
        victims(&[
            ("wounded", 2.0, Some("danes")),
            ("wounded", 3.0, Some("britons")),
            ("wounded", 1.0, Some("spaniard"))
        ])
    );
    // Those who speak after an aside on them are still no part of the list, even with a
    // number in the aside; victims a relative clause follows are.
    for en in [
        "Gunmen killed five villagers and two herders, two security officials, who asked not to be named, said.",
        "Gunmen killed five villagers and two herders, three officials, two of them police, said.",
        "Gunmen killed five villagers and two herders, two witnesses, aged 30 and 45, said.",
    ] {
        assert_eq!(counts(en), rows(&[("killed", 5.0), ("killed", 2.0)]), "{en}");
    }
    let en = "The raid killed three soldiers and two journalists who had reported on the fighting.";
    assert_eq!(counts(en), rows(&[("killed", 3.0), ("killed", 2.0)]));
    let fr = "L'explosion a blessé quatre policiers et deux passants qui ont raconté avoir entendu un bruit.";
    assert_eq!(counts(fr), rows(&[("wounded", 4.0), ("wounded", 2.0)]));
}

#[test]
fn a_toll_a_participle_gives_after_a_quote_is_its_speaker_s() {
    let fr = "« Les hommes armés ont tiré sur le marché », a ajouté le directeur de l'ONG, Paul Kone, \
              annonçant un bilan de 17 morts.";
    assert_eq!(casualties(fr)[0].5, vec!["le directeur de l'ONG, Paul Kone"]);
    let en = "\"The gunmen fired on the market,\" added the charity's director, Paul Kone, giving a toll of 17 dead.";
    assert_eq!(casualties(en)[0].5, vec!["the charity's director, Paul Kone"]);
    // Not a quote of another sentence.
    let en = "\"The gunmen fired on the market,\" he said. Later, police gave a toll of 17 dead.";
    assert_eq!(casualties(en)[0].5, vec!["police"]);
}

#[test]
fn groups_listed_with_commas_before_their_verb_share_it() {
    let en = "Four Austrians, two Italians and a Belgian were killed in the crash.";
    assert_eq!(counts(en), rows(&[("killed", 4.0), ("killed", 2.0), ("killed", 1.0)]));
    let fr = "Trois soldats, deux gendarmes et un civil ont été blessés lundi.";
    assert_eq!(counts(fr), rows(&[("wounded", 3.0), ("wounded", 2.0), ("wounded", 1.0)]));
    // An aside on the first group is still an aside.
    let en = "Four soldiers, two of them officers, were killed.";
    assert_eq!(counts(en), rows(&[("killed", 4.0), ("killed", 2.0)]));
}

#[test]
fn a_toll_an_adjective_opens_keeps_the_agent_that_gave_it() {
    let fr = "Un précédent bilan fourni samedi par la préfecture faisait état de 11 morts.";
    assert_eq!(casualties(fr)[0].5, vec!["la préfecture"]);
    let en = "An earlier toll released on Saturday by the ministry gave 11 dead.";
    assert_eq!(casualties(en)[0].5, vec!["the ministry"]);
}

#[test]
fn survivors_are_no_part_of_the_dead_before_them() {
    assert_eq!(counts("An earlier count gave 14 dead and 230 survivors."), rows(&[("dead", 14.0)]));
    // Those a disaster struck are counted as affected.
    assert_eq!(
        counts("Le dernier bilan fait état de 14 morts et 2 300 sinistrés."),
        rows(&[("dead", 14.0), ("affected", 2300.0)])
    );
    assert_eq!(counts("L'accident a fait 6 morts et 40 rescapés ont été hélitreuillés."), rows(&[("dead", 6.0)]));
    // Victims after them are still counted.
    assert_eq!(counts("The blast left 14 dead and 30 wounded."), rows(&[("dead", 14.0), ("wounded", 30.0)]));
}

#[test]
fn the_flight_of_people_counts_the_displaced() {
    let fr = "Les combats ont entraîné la fuite d'environ 3 000 habitants, selon la mairie.";
    assert_eq!(kinds(fr), victims(&[("displaced", 3000.0, Some("habitants"))]));
    let en = "The clashes caused an exodus of more than 3,000 residents, the mayor's office said.";
    assert_eq!(kinds(en), victims(&[("displaced", 3000.0, Some("residents"))]));
    // Not things, firms or passengers of a plane, nor inmates who escape.
    for text in [
        "La fuite de 3 000 litres de gazole a pollué le canal.",
        "L'exode de 200 entreprises vers la province se poursuit.",
        "La fuite de 12 détenus de la maison d'arrêt inquiète le ministre.",
        "The flight of 180 passengers to Nairobi was delayed by fog.",
        "The exodus of 12 inmates from the jail alarmed the governor.",
    ] {
        assert!(counts(text).iter().all(|(k, _)| k != "displaced"), "{text}");
    }
    let en = "The fighting set off an exodus of 12,000 villagers towards the border.";
    assert_eq!(counts(en), rows(&[("displaced", 12000.0)]));
}

#[test]
fn an_infinitive_after_a_verb_of_success_tells_a_killing() {
    let fr = "Les militaires ont réussi à abattre 7 assaillants, selon une source sécuritaire.";
    assert_eq!(kinds(fr), victims(&[("killed", 7.0, Some("assaillants"))]));
    let en = "Troops managed to kill 7 attackers, a security source said.";
    assert_eq!(kinds(en), victims(&[("killed", 7.0, Some("attackers"))]));
    // A threat is no killing.
    assert!(counts("The gang threatened to kill 7 passengers.").iter().all(|(k, _)| k != "killed"));
    assert!(counts("Le gang a menacé de tuer 7 passagers.").iter().all(|(k, _)| k != "killed"));
    // Nor trees felled.
    assert!(counts("Les agents ont réussi à abattre 40 arbres malades avant la tempête.").is_empty());
}

#[test]
fn a_figure_in_quotation_marks_of_its_own_still_counts() {
    let en = "A raid on the market killed \"at least 40\" people, a local rights group said.";
    assert_eq!(kinds(en), victims(&[("killed", 40.0, Some("people"))]));
    assert_eq!(casualties(en)[0].5, vec!["a local rights group"]);
    let fr = "Le raid a fait « au moins 40 » morts, selon un collectif local.";
    assert_eq!(counts(fr), rows(&[("dead", 40.0)]));
    let headline = "Market raid: 'At least 40' killed, rights group says";
    assert_eq!(counts(headline), rows(&[("killed", 40.0)]));
}

#[test]
fn a_toll_with_a_long_complement_still_reaches_its_figure() {
    let en = "Police have raised the death toll from the attack on the village's main market to 31.";
    assert_eq!(counts(en), rows(&[("dead", 31.0)]));
    assert_eq!(casualties(en)[0].5, vec!["Police"]);
    let fr = "La police a porté le bilan de l'attaque contre le marché principal du village à 31 morts.";
    assert_eq!(counts(fr), rows(&[("dead", 31.0)]));
}

#[test]
fn a_country_before_the_source_of_a_toll_is_whose_source_it_is() {
    let en = "Ghana police have updated the death toll to 12.";
    assert_eq!(casualties(en)[0].5, vec!["Ghana police"]);
    let en = "Kenya's interior ministry has raised the toll to 12.";
    assert_eq!(casualties(en)[0].5, vec!["Kenya's interior ministry"]);
    // A place after a preposition is where, not whose.
    let en = "The storm in Ghana raised the toll to 12.";
    assert!(casualties(en)[0].5.is_empty());
}

#[test]
fn people_a_disaster_struck_are_affected_and_places_are_not() {
    let en = "The floods have affected more than 80,000 people in the delta, the disaster agency said.";
    assert_eq!(kinds(en), victims(&[("affected", 80000.0, Some("people"))]));
    assert_eq!(casualties(en)[0].5, vec!["the disaster agency"]);
    let fr = "Le cyclone a fait 12 000 sinistrés dans le sud de l'île, selon la protection civile.";
    assert_eq!(counts(fr), rows(&[("affected", 12000.0)]));
    let fr = "Après les inondations, plus de 80 000 personnes sont sinistrées dans le delta.";
    assert_eq!(counts(fr), rows(&[("affected", 80000.0)]));
    // What befell them after says more.
    let fr = "Plus de 10 000 habitants sinistrés par la crue ont été évacués, selon le préfet.";
    assert_eq!(counts(fr), rows(&[("displaced", 10000.0)]));
    // Not people struck by a decision or a fault, with no disaster, toll or harm named.
    for text in [
        "Some 300 workers were affected by the decision to close the plant.",
        "About 400 passengers were affected by the cancellations, the airline said.",
        "Les communes sinistrées comptent 80 000 habitants.",
    ] {
        assert!(counts(text).is_empty(), "{text}");
    }
    // Not districts, homes or crops.
    for text in [
        "Three districts were affected by the floods.",
        "The storm affected 200 homes along the coast.",
        "Some 4,000 hectares of crops were affected.",
    ] {
        assert!(counts(text).is_empty(), "{text}");
    }
}

#[test]
fn a_count_of_the_harmed_that_reaches_a_figure_gives_it() {
    let en = "The number of dead reached 41 on Thursday, the regional governor said.";
    assert_eq!(kinds(en), victims(&[("dead", 41.0, None)]));
    assert_eq!(casualties(en)[0].5, vec!["the regional governor"]);
    let fr = "Le nombre de morts atteint désormais 41, a précisé le préfet.";
    assert_eq!(counts(fr), rows(&[("dead", 41.0)]));
    let fr = "Le nombre de déplacés a atteint 12 000 dans la province.";
    assert_eq!(counts(fr), rows(&[("displaced", 12000.0)]));
    // Not a count of something else.
    assert!(counts("The number of visitors reached 41,000 on Sunday.").is_empty());
}

#[test]
fn soldiers_fallen_in_battle_are_killed_and_those_fallen_into_an_ambush_are_not() {
    let fr = "Onze militaires sont tombés au combat samedi dans le nord du pays, selon l'état-major.";
    assert_eq!(counts(fr), rows(&[("killed", 11.0)]));
    let fr = "Deux gendarmes sont tombés sous les balles des assaillants.";
    assert_eq!(counts(fr), rows(&[("killed", 2.0)]));
    assert!(counts("Quatre soldats sont tombés dans une embuscade mardi.").is_empty());
}

#[test]
fn a_part_of_those_affected_or_hurt_takes_the_harm_that_befell_it_after() {
    let en = "The cyclone affected 9,000 people. Three of those affected later died in hospital.";
    assert_eq!(counts(en), rows(&[("affected", 9000.0), ("dead", 3.0)]));
    let en = "Thirty people were hurt. Two of those injured later died.";
    assert_eq!(counts(en), rows(&[("wounded", 30.0), ("dead", 2.0)]));
    let fr = "La crue a fait 9 000 sinistrés, qui ont ensuite été évacués.";
    assert_eq!(counts(fr), rows(&[("displaced", 9000.0)]));
    // "of them" is a part of those just counted, as before.
    let en = "Gunmen shot five villagers, two of them fatally.";
    assert_eq!(counts(en), rows(&[("wounded", 5.0), ("killed", 2.0)]));
}

#[test]
fn households_are_counted_as_families_are() {
    let en = "The floods have affected 9,000 households in the valley, officials said.";
    assert_eq!(kinds(en), victims(&[("affected", 9000.0, Some("households"))]));
    let fr = "Quelque 300 ménages ont été déplacés par les combats.";
    assert_eq!(counts(fr), rows(&[("displaced", 300.0)]));
    // Not by a tax, with no disaster, toll or harm named.
    assert!(counts("The new levy affected 9,000 households.").is_empty());
}

#[test]
fn people_joined_to_a_figure_of_things_take_the_harm_verb_before_it() {
    let en = "The raiders killed 40 cattle and five herders near the river.";
    assert_eq!(kinds(en), victims(&[("killed", 5.0, Some("herders"))]));
    let en = "The mudslide hit the valley, affecting some 120 homes and 900 people, officials said.";
    assert_eq!(kinds(en), victims(&[("affected", 900.0, Some("people"))]));
    let fr = "Les assaillants ont tué 40 bovins et cinq éleveurs.";
    assert_eq!(counts(fr), rows(&[("killed", 5.0)]));
    // Things joined to things count no one.
    assert!(counts("The militia burned 30 houses and 12 shops.").is_empty());
}

#[test]
fn those_among_the_harmed_told_with_a_relative_clause_are_counted() {
    let en = "A driver and two nurses are among those who were killed.";
    assert_eq!(counts(en), rows(&[("killed", 1.0), ("killed", 2.0)]));
    let en = "Four soldiers were among those wounded in the ambush.";
    assert_eq!(counts(en), rows(&[("wounded", 4.0)]));
    let fr = "Trois infirmières figurent parmi les personnes enlevées dimanche.";
    assert_eq!(counts(fr), rows(&[("kidnapped", 3.0)]));
    let fr = "Deux enfants sont parmi ceux qui ont été tués.";
    assert_eq!(counts(fr), rows(&[("killed", 2.0)]));
}

#[test]
fn a_toll_in_a_past_or_reported_tense_is_a_toll() {
    let fr = "Jeudi soir, selon le maire, le nombre de morts s'élevait à 61.";
    assert_eq!(counts(fr), rows(&[("dead", 61.0)]));
    assert_eq!(casualties(fr)[0].5, vec!["le maire"]);
    let fr = "Selon des sources locales, le bilan s'élèverait à 40 morts.";
    assert_eq!(counts(fr), rows(&[("dead", 40.0)]));
    let en = "The mayor said on Wednesday that the toll stood at 115 dead.";
    assert_eq!(counts(en), rows(&[("dead", 115.0)]));
    // Not a sum of money.
    assert!(counts("Le coût des réparations s'élevait à 3 millions d'euros.").is_empty());
}

#[test]
fn a_word_that_only_qualifies_a_toll_is_neither_its_victims_nor_its_source() {
    let en = "Rescuers on Friday raised their known death toll to 17.";
    assert_eq!(kinds(en), victims(&[("dead", 17.0, None)]));
    assert_eq!(casualties(en)[0].5, vec!["Rescuers"]);
    let en = "Health workers raised the number of confirmed deaths to 30.";
    assert_eq!(kinds(en), victims(&[("dead", 30.0, None)]));
    assert_eq!(casualties(en)[0].5, vec!["Health workers"]);
    // A noun still names them.
    let en = "The number of prisoners killed rose to 27.";
    assert_eq!(kinds(en), victims(&[("killed", 27.0, Some("prisoners"))]));
}

#[test]
fn people_left_without_something_are_no_dead() {
    assert!(counts("The storm left 20,000 people without power.").is_empty());
    assert!(counts("The outage left 5,000 households without water for two days.").is_empty());
    // Left dead, as before.
    let en = "The attack left 12 people dead and 20 wounded.";
    assert_eq!(counts(en), rows(&[("dead", 12.0), ("wounded", 20.0)]));
}

#[test]
fn a_toll_given_with_a_copula_is_a_toll() {
    let en = "The death toll is 45, police said.";
    assert_eq!(counts(en), rows(&[("dead", 45.0)]));
    assert_eq!(casualties(en)[0].5, vec!["police"]);
    let en = "The confirmed death toll was three, officials said.";
    assert_eq!(counts(en), rows(&[("dead", 3.0)]));
    let fr = "Le bilan est de 45 morts, selon la police.";
    assert_eq!(counts(fr), rows(&[("dead", 45.0)]));
    assert!(counts("The toll is likely to rise, officials said.").is_empty());
}

#[test]
fn a_place_s_name_between_the_figure_and_its_noun_keeps_the_victims() {
    let en = "Two Shan dancers and a drummer are among those who were killed.";
    assert_eq!(counts(en), rows(&[("killed", 2.0), ("killed", 1.0)]));
    let en = "Three Lagos traders were killed on Monday.";
    assert_eq!(kinds(en), victims(&[("killed", 3.0, Some("traders"))]));
    // Not things.
    assert!(counts("Two Kachin villages were burned.").is_empty());
    assert!(counts("Two Toyota trucks were destroyed.").is_empty());
}

#[test]
fn suspects_seized_are_arrested_not_kidnapped() {
    let en = "Police said they had seized three suspects and a stolen car in a raid on Monday.";
    assert_eq!(counts(en), rows(&[("arrested", 3.0)]));
    let en = "Officers seized two smugglers at the port.";
    assert_eq!(counts(en), rows(&[("arrested", 2.0)]));
    // People an armed group seizes are hostages.
    let en = "Gunmen seized 12 passengers from a bus near the border.";
    assert_eq!(counts(en), rows(&[("kidnapped", 12.0)]));
    let en = "Four suspects seized by an armed gang were later freed.";
    assert_eq!(kinds(en), victims(&[("kidnapped", 4.0, Some("suspects"))]));
    let fr = "Trois suspects enlevés par des hommes armés ont été retrouvés morts.";
    assert_eq!(kinds(fr), victims(&[("kidnapped", 3.0, Some("suspects"))]));
}

#[test]
fn a_figure_a_participle_carries_is_a_load_not_the_subject_of_the_verb_after_it() {
    let en = "Two men who owned a lorry carrying dozens of farm workers were charged on Friday.";
    assert!(counts(en).iter().all(|c| c.1 != 200.0), "{:?}", counts(en));
    let fr = "Deux hommes, propriétaires d'un car transportant 300 pèlerins, ont été arrêtés vendredi.";
    assert!(counts(fr).iter().all(|c| c.1 != 300.0), "{:?}", counts(fr));
    // Not a participle that harms or leads a count.
    let en = "The blast killed 12 people, leaving 40 wounded.";
    assert_eq!(counts(en), rows(&[("killed", 12.0), ("wounded", 40.0)]));
    assert_eq!(counts("The floods forced 5,000 people to flee their homes."), rows(&[("displaced", 5000.0)]));
    let en = "Officials said 14 people were hurt, including four who were in critical condition.\n\nTwo of the dead were children.";
    assert_eq!(counts(en)[..2], rows(&[("wounded", 14.0), ("wounded", 4.0)])[..]);
}

#[test]
fn fighters_captured_are_arrested_and_neutralised_ones_killed() {
    let en = "The army said troops neutralised 15 insurgents and captured three militants near the lake.";
    assert_eq!(counts(en), rows(&[("killed", 15.0), ("arrested", 3.0)]));
    let fr = "Selon l'état-major, onze assaillants ont été neutralisés et deux jihadistes capturés.";
    assert_eq!(counts(fr), rows(&[("killed", 11.0), ("arrested", 2.0)]));
    // Soldiers an armed group captures are held.
    let fr = "Quatre soldats ont été capturés par les rebelles.";
    assert_eq!(counts(fr), rows(&[("kidnapped", 4.0)]));
}

#[test]
fn a_toll_qualified_by_its_day_still_gives_the_figure() {
    let fr = "« Ce chiffre porte le bilan des heurts de Bukavu dimanche à 11 personnes », mentionne le communiqué.";
    assert_eq!(counts(fr), rows(&[("dead", 11.0)]));
    let en = "\"That raises the toll of the riots in Lusaka on Sunday to 11 people,\" the statement mentioned.";
    assert_eq!(counts(en), rows(&[("dead", 11.0)]));
}

#[test]
fn one_of_the_wounded_who_died_after_a_long_aside_is_dead() {
    let fr = "L'un des mineurs blessés lors de l'éboulement à Kolwezi (sud du pays) près du puits se trouvant à Kapata, dans le Lualaba, est décédé lundi à Lubumbashi où il était soigné.";
    assert_eq!(counts(fr), rows(&[("dead", 1.0)]));
    let en = "One of the miners injured in the blast at Kabwe (central Zambia), near the old shaft, died on Monday in Lusaka.";
    assert_eq!(counts(en), rows(&[("dead", 1.0)]));
}

#[test]
fn a_date_with_its_article_after_the_harm_is_no_object() {
    let fr = "Un randonneur est décédé le 14 août dans le massif.";
    assert_eq!(counts(fr), rows(&[("dead", 1.0)]));
    let fr = "Un motard est mort ce samedi 9 mars après une collision.";
    assert_eq!(counts(fr), rows(&[("dead", 1.0)]));
    let fr = "Des bandits ont tué le 9 mars onze éleveurs.";
    assert_eq!(counts(fr), rows(&[("killed", 11.0)]));
    let en = "Bandits killed on March 9 eleven herders.";
    assert_eq!(counts(en), rows(&[("killed", 11.0)]));
}

#[test]
fn a_figure_after_a_participle_of_speech_is_what_was_told() {
    let en = "The agency updated its figures on Friday, with its director saying 47 people have died in the valley.";
    assert_eq!(counts(en), rows(&[("dead", 47.0)]));
    let fr = "Le gouverneur s'est exprimé vendredi, ajoutant 23 personnes ont été blessées dans la nuit.";
    assert_eq!(counts(fr), rows(&[("wounded", 23.0)]));
}

#[test]
fn one_figure_counts_a_list_of_nouns() {
    let fr = "Depuis janvier, 61 soldats, policiers et gendarmes sont morts dans la région.";
    assert_eq!(kinds(fr), victims(&[("dead", 61.0, Some("soldats, policiers et gendarmes"))]));
    let en = "Nine miners, drivers and guards were killed in the ambush.";
    assert_eq!(kinds(en), victims(&[("killed", 9.0, Some("miners, drivers and guards"))]));
    // Each figure its own group.
    let en = "Three children, two women and a man were wounded.";
    assert_eq!(counts(en), rows(&[("wounded", 3.0), ("wounded", 2.0), ("wounded", 1.0)]));
}

#[test]
fn groups_counted_with_where_they_were_share_the_verb_after_the_list() {
    let en = "Four people in Gweru, near the railway, and two in Masvingo had died of their wounds.";
    assert_eq!(counts(en), rows(&[("dead", 4.0), ("dead", 2.0)]));
    let en = "Three guards from the prison and five inmates were killed.";
    assert_eq!(counts(en), rows(&[("killed", 3.0), ("killed", 5.0)]));
    let fr = "Quatre civils à Kasindi, près de la frontière, et deux à Oicha ont été tués.";
    assert_eq!(counts(fr), rows(&[("killed", 4.0), ("killed", 2.0)]));
    let fr = "Trois gendarmes de la brigade et cinq civils ont été blessés.";
    assert_eq!(counts(fr), rows(&[("wounded", 3.0), ("wounded", 5.0)]));
    // "but" opens another clause: those pulled out alive are no part of the missing.
    let en = "Divers pulled nine survivors from the hull overnight, but some 40 people remained missing.";
    assert_eq!(counts(en), rows(&[("missing", 40.0)]));
    let fr = "Les secours ont sorti neuf survivants des décombres, mais une quarantaine de personnes restent portées disparues.";
    assert_eq!(counts(fr), rows(&[("missing", 40.0)]));
}

#[test]
fn a_harm_told_in_the_conditional_is_still_a_harm() {
    let fr = "Au moins neuf personnes auraient péri dans l'incendie, selon des témoins.";
    assert_eq!(counts(fr), rows(&[("dead", 9.0)]));
    let fr = "Un berger aurait succombé à ses blessures.";
    assert_eq!(counts(fr), rows(&[("dead", 1.0)]));
}

#[test]
fn where_the_victims_come_from_stands_between_them_and_their_verb() {
    let fr = "Au moins 13 bergers des villages voisins sont morts dans la crue.";
    assert_eq!(kinds(fr), victims(&[("dead", 13.0, Some("bergers"))]));
    let en = "At least 13 herders from villages near the river died in the flood.";
    assert_eq!(kinds(en), victims(&[("dead", 13.0, Some("herders"))]));
}

#[test]
fn a_figure_of_another_incident_is_its_own_even_with_the_same_value() {
    let fr = "Au moins 11 ouvriers sont morts lundi dans une mine près de Kolwezi. Un autre puits s'est effondré la semaine dernière près de Likasi, faisant 11 morts.";
    assert_eq!(counts(fr), rows(&[("dead", 11.0), ("dead", 11.0)]));
    let en =
        "At least 11 miners died near Kolwezi on Monday. Another shaft collapsed near Likasi last week, killing 11.";
    assert_eq!(counts(en), rows(&[("dead", 11.0), ("killed", 11.0)]));
    // Another person counted is not another incident.
    let en = "Twelve people were killed on Monday. Another 12 were wounded.";
    assert_eq!(counts(en), rows(&[("killed", 12.0), ("wounded", 12.0)]));
}

#[test]
fn people_burnt_or_crushed_are_wounded_or_dead_and_a_state_is_no_one() {
    let fr = "Trois ouvriers brûlés ont été évacués vers l'hôpital de Parakou.";
    assert_eq!(counts(fr), rows(&[("wounded", 3.0)]));
    assert!(counts("Trois maisons brûlées ont été détruites.").is_empty());
    let fr = "Au moins 21 fidèles ont été écrasés à mort près du sanctuaire.";
    assert_eq!(counts(fr), rows(&[("killed", 21.0)]));
    let fr = "Les infirmiers ont pris en charge 25 patients, dont neuf dans un état grave et 12 légèrement blessés.";
    assert!(counts(fr).iter().all(|c| c.1 != 1.0), "{:?}", counts(fr));
}

#[test]
fn a_thousand_written_alone_in_french_is_a_number() {
    let q = quantities("Mille cinq cents blessés et mille morts.");
    assert_eq!((q[0].0.as_str(), q[0].1), ("Mille cinq cents", 1500.0));
    assert_eq!((q[1].0.as_str(), q[1].1), ("mille", 1000.0));
    let fr = "L'explosion a fait cent douze morts et mille deux cents blessés.";
    assert_eq!(counts(fr), rows(&[("dead", 112.0), ("wounded", 1200.0)]));
    // A bare "million" is still a noun.
    assert!(quantities("Le million promis n'est jamais arrivé.").is_empty());
}

#[test]
fn the_same_described_source_told_twice_is_one_source() {
    let fr = "Près de 80 morts selon des sources hospitalières\n\nLe séisme a fait près de 80 morts selon des sources hospitalières.";
    assert_eq!(casualties(fr)[0].5, vec!["des sources hospitalières"]);
}

#[test]
fn what_is_confirmed_or_believed_to_have_happened_is_a_harm() {
    let en = "At least 31 people are confirmed to have died, while 60 were rescued.";
    assert_eq!(counts(en), rows(&[("dead", 31.0)]));
    assert_eq!(counts("Three fishermen are believed to have drowned."), rows(&[("dead", 3.0)]));
}

#[test]
fn an_article_before_a_count_counts_no_one() {
    assert!(counts("An undetermined number of hikers are still missing, rescuers said.").is_empty());
    assert!(counts("Un nombre indéterminé de randonneurs manquent toujours à l'appel.").is_empty());
    assert_eq!(counts("A man was killed and a number of people were injured."), rows(&[("killed", 1.0)]));
}

#[test]
fn another_incident_names_no_one() {
    assert_eq!(counts("In another attack, 14 people were killed."), rows(&[("killed", 14.0)]));
    assert_eq!(counts("Dans un autre incident, trois personnes ont été blessées."), rows(&[("wounded", 3.0)]));
    assert_eq!(counts("In another incident, a soldier was killed."), rows(&[("killed", 1.0)]));
}

#[test]
fn what_would_have_happened_befell_no_one() {
    assert!(counts("Sans l'intervention des secours, 200 personnes auraient péri.").is_empty());
    assert!(counts("Si le barrage avait cédé, des milliers d'habitants auraient péri.").is_empty());
    assert!(counts("Without the wall, 50 people would have died.").is_empty());
    // The conditional of reported news still counts.
    assert_eq!(counts("Trois soldats auraient été tués, selon les rebelles."), rows(&[("killed", 3.0)]));
    assert_eq!(counts("Trois soldats auraient été tués si l'on en croit les rebelles."), rows(&[("killed", 3.0)]));
    assert_eq!(casualties("Trois soldats auraient été tués si l'on en croit les rebelles.")[0].5, vec!["les rebelles"]);
}

#[test]
fn people_the_state_s_forces_seize_are_arrested() {
    assert_eq!(counts("Security forces seized 12 militants in a dawn raid."), rows(&[("arrested", 12.0)]));
    assert_eq!(counts("Police said gunmen seized 12 passengers from a bus."), rows(&[("kidnapped", 12.0)]));
}

#[test]
fn people_with_injuries_are_wounded() {
    let fr = "Le dispensaire a reçu 30 passagers avec des blessures aux jambes.";
    assert_eq!(counts(fr), rows(&[("wounded", 30.0)]));
    assert_eq!(counts("Twelve people with injuries were taken to hospital."), rows(&[("wounded", 12.0)]));
    assert!(counts("Deux maisons avec des fissures ont été évacuées.").is_empty());
}

#[test]
fn a_harm_verb_in_a_relative_clause_on_someone_else_keeps_the_figure() {
    let en = "Kidnappers who seized 30 students were arrested by police on Friday.";
    assert_eq!(counts(en), rows(&[("kidnapped", 30.0)]));
    let fr = "Les ravisseurs qui ont enlevé 30 élèves ont été arrêtés vendredi.";
    assert_eq!(counts(fr), rows(&[("kidnapped", 30.0)]));
    // A relative clause on the victims still takes the verb after it.
    assert_eq!(counts("Twelve people who were injured were taken to hospital."), rows(&[("wounded", 12.0)]));
}

#[test]
fn another_as_many_are_more_people() {
    let en = "Fourteen people died in the blast on Monday. Another 14 died later in hospital.";
    assert_eq!(counts(en), rows(&[("dead", 14.0), ("dead", 14.0)]));
    let fr = "Quatorze personnes sont mortes lundi. Quatorze autres ont succombé plus tard à l'hôpital.";
    assert_eq!(counts(fr), rows(&[("dead", 14.0), ("dead", 14.0)]));
}

#[test]
fn a_body_s_name_between_a_figure_and_its_noun_keeps_the_victims() {
    let en = "The bodies of 12 Saint Mary Secondary School pupils were recovered from the river.";
    assert_eq!(kinds(en), victims(&[("dead", 12.0, Some("pupils"))]));
    // Inside a list, a name with "of" or "and" in it counts as one word.
    let en = "Rescuers found the bodies of nine pupils, two Institute of Mines and Geology students and \
              three fishermen.";
    assert_eq!(counts(en), rows(&[("dead", 9.0), ("dead", 2.0), ("dead", 3.0)]));
}

#[test]
fn a_list_that_says_its_preposition_again_is_still_one_list() {
    let fr = "Les corps de 13 élèves, de quatre enseignants et de trois habitants ont été retrouvés lundi.";
    assert_eq!(counts(fr), rows(&[("dead", 13.0), ("dead", 4.0), ("dead", 3.0)]));
    let en = "The bodies of 13 pupils, of four teachers and of three residents were recovered.";
    assert_eq!(counts(en), rows(&[("dead", 13.0), ("dead", 4.0), ("dead", 3.0)]));
    // Not a phrase of place after a comma.
    assert_eq!(counts("Gunmen killed 13 soldiers, in three attacks on Monday."), rows(&[("killed", 13.0)]));
}

#[test]
fn people_treated_in_a_place_are_wounded() {
    assert_eq!(counts("Eighteen miners were being treated in clinics on Sunday."), rows(&[("wounded", 18.0)]));
    let fr = "Dix-huit mineurs étaient toujours soignés dans les dispensaires dimanche.";
    assert_eq!(counts(fr), rows(&[("wounded", 18.0)]));
    // A handful is no figure, and its article counts no one.
    assert!(counts("Aid agencies said a handful of patients were being treated in tents.").is_empty());
    assert!(counts("Une poignée de patients étaient soignés dans des tentes.").is_empty());
}

#[test]
fn whoever_keeps_a_qualified_toll_gives_it() {
    let fr = "La préfecture maintient son bilan encore partiel de 40 morts.";
    assert_eq!(sourced(fr), vec![("dead".to_string(), 40.0, vec!["La préfecture".to_string()])]);
    let en = "The prefecture kept its still partial toll of 40 dead.";
    assert_eq!(sourced(en), vec![("dead".to_string(), 40.0, vec!["The prefecture".to_string()])]);
}

#[test]
fn a_toll_or_a_count_told_with_a_copula_gives_its_figure() {
    assert_eq!(counts("The number of dead is at least 35, medics fear."), rows(&[("dead", 35.0)]));
    assert_eq!(counts("Le nombre provisoire de morts est d'au moins 35."), rows(&[("dead", 35.0)]));
    assert_eq!(counts("Le bilan était de 27."), rows(&[("dead", 27.0)]));
    // The toll is no source of itself; its agent is.
    let en = "The provisional death toll released by the civil protection service was 27.";
    assert_eq!(sourced(en), vec![("dead".to_string(), 27.0, vec!["the civil protection service".to_string()])]);
    let fr = "Le bilan provisoire publié par la protection civile était de 27.";
    assert_eq!(sourced(fr), vec![("dead".to_string(), 27.0, vec!["la protection civile".to_string()])]);
    assert_eq!(sourced("The provisional number of dead is 35.")[0].2, Vec::<String>::new());
    // A count of anything else is none.
    assert!(counts("The number of schools is 60.").is_empty());
    assert!(counts("Le nombre d'écoles est de 60.").is_empty());
}

#[test]
fn a_rate_or_an_average_is_no_toll() {
    let fr = "En Tanzanie, les noyades causent en moyenne quelque 2 000 morts et 8 000 blessés chaque année, \
              soit une moyenne de six morts par jour.";
    assert!(counts(fr).is_empty(), "{:?}", counts(fr));
    let en = "Lightning kills an average of 2,000 people and injures 8,000 each year, or six deaths a day.";
    assert!(counts(en).is_empty(), "{:?}", counts(en));
    // A rate in another clause leaves the figure a toll; so does "a day after".
    let en = "Lightning kills 2,000 people each year, and 12 died on Monday alone.";
    assert_eq!(counts(en), rows(&[("dead", 12.0)]));
    assert_eq!(counts("Gunmen killed 10 people a day after the election."), rows(&[("killed", 10.0)]));
    let fr = "La foudre tue 2 000 personnes chaque année, et 12 sont morts lundi.";
    assert_eq!(counts(fr), rows(&[("dead", 12.0)]));
}

#[test]
fn a_figure_and_its_noun_in_quotation_marks_are_still_counted() {
    let fr = "Le ministère annonce l'interpellation de « 37 suspects » et la saisie de neuf pistolets.";
    assert_eq!(counts(fr), rows(&[("arrested", 37.0)]));
    let en = "The ministry announced the arrest of \"37 protesters\" and the seizure of nine pistols.";
    assert_eq!(counts(en), rows(&[("arrested", 37.0)]));
}

#[test]
fn a_part_after_a_dash_may_carry_a_long_place() {
    let en = "Nine hikers are still missing – a guide on the northern ridge and eight students in the hills above \
              the village of Ambo in the Rift province.";
    assert_eq!(counts(en), rows(&[("missing", 9.0), ("missing", 8.0)]));
    let fr = "Neuf randonneurs sont portés disparus – un guide sur la crête nord et huit étudiants dans les collines \
              au-dessus du village d'Ambo.";
    assert_eq!(counts(fr), rows(&[("missing", 9.0), ("missing", 8.0)]));
    // A clause after the dash is no part.
    assert_eq!(
        counts("Nine hikers died – two suspects are being questioned in the town of Ambo."),
        rows(&[("dead", 9.0)])
    );
}

#[test]
fn killings_told_as_murders_and_massacres_count_the_dead() {
    assert_eq!(counts("Gunmen murdered 14 farmers near the border on Sunday."), rows(&[("killed", 14.0)]));
    assert_eq!(counts("Nine herders were slain in the raid."), rows(&[("killed", 9.0)]));
    assert_eq!(
        counts("Les assaillants ont assassiné une quinzaine d'éleveurs avant de fuir vers la forêt."),
        rows(&[("killed", 15.0)])
    );
    assert_eq!(counts("Six bergers ont été égorgés dans la nuit."), rows(&[("killed", 6.0)]));
    assert_eq!(counts("Une femme a été massacrée à son domicile."), rows(&[("killed", 1.0)]));
}

#[test]
fn a_count_noun_in_quotation_marks_is_still_counted() {
    let fr = "Une « centaine » de policiers ont été blessés, a déclaré le ministre.";
    assert_eq!(counts(fr), rows(&[("wounded", 100.0)]));
    let fr = "Une \"trentaine\" de manifestants ont été interpellés.";
    assert_eq!(counts(fr), rows(&[("arrested", 30.0)]));
}

#[test]
fn parts_with_no_source_are_told_by_whoever_told_their_whole() {
    let en = "The raid killed 23 people on Monday, the prosecutor said on Thursday.\n\nIn all, 23 people died in \
              the raid, including 15 in the market and eight others near the river.";
    assert_eq!(
        sourced(en),
        vec![
            ("killed".to_string(), 23.0, vec!["the prosecutor".to_string()]),
            ("dead".to_string(), 15.0, vec!["the prosecutor".to_string()]),
            ("dead".to_string(), 8.0, vec!["the prosecutor".to_string()]),
        ]
    );
    let fr = "Vingt-trois personnes ont été tuées lundi dans le raid, selon le procureur.\n\nEn tout, 23 \
              personnes ont péri, dont 15 sur le marché et huit autres près du fleuve.";
    let got = sourced(fr);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|(_, _, s)| s == &vec!["le procureur".to_string()]), "{got:?}");
}

#[test]
fn the_wounded_who_later_died_are_dead() {
    assert_eq!(counts("The toll includes three injured people who later died in hospital."), rows(&[("dead", 3.0)]));
    let fr = "Le bilan compte deux blessés – parmi eux un adolescent – qui sont décédés à l'hôpital.";
    assert_eq!(counts(fr)[0], ("dead".to_string(), 2.0));
    // Who were only taken to hospital stay wounded.
    assert_eq!(counts("Three injured people who were taken to hospital are stable."), rows(&[("wounded", 3.0)]));
}

#[test]
fn people_housed_in_shelters_are_displaced() {
    let en = "By nightfall 2,400 people were in evacuation centres and some 300 residents took shelter in a school.";
    assert_eq!(counts(en), rows(&[("displaced", 2400.0), ("displaced", 300.0)]));
    let fr = "Dans la soirée, 2 400 habitants ont été accueillis dans des centres municipaux et quelque 300 \
              riverains ont été mis à l'abri dans une école.";
    assert_eq!(counts(fr), rows(&[("displaced", 2400.0), ("displaced", 300.0)]));
    assert_eq!(counts("About 800 villagers were moved to shelters overnight."), rows(&[("displaced", 800.0)]));
    let fr = "Quelque 800 villageois ont été conduits dans des centres d'accueil.";
    assert_eq!(counts(fr), rows(&[("displaced", 800.0)]));
}

#[test]
fn soldiers_taken_prisoner_are_held_and_captured_places_are_no_victims() {
    assert_eq!(counts("Eight soldiers were taken prisoner at the outpost."), rows(&[("kidnapped", 8.0)]));
    assert_eq!(counts("The militia captured 11 soldiers and two towns."), rows(&[("kidnapped", 11.0)]));
    assert!(counts("The militia captured two towns and three villages.").is_empty());
    assert_eq!(counts("Huit soldats ont été faits prisonniers au poste."), rows(&[("kidnapped", 8.0)]));
    assert!(counts("La milice a capturé deux villes.").is_empty());
}

#[test]
fn the_number_of_people_harmed_risen_to_a_figure_is_a_toll() {
    let en = "The number of people killed in the blast has risen to 14, an official said.";
    assert_eq!(sourced(en), vec![("killed".to_string(), 14.0, vec!["an official".to_string()])]);
    let fr = "Le nombre de personnes tuées dans l'explosion est passé à quatorze, a indiqué un responsable.";
    assert_eq!(sourced(fr), vec![("killed".to_string(), 14.0, vec!["un responsable".to_string()])]);
}

#[test]
fn approximators_that_deny_fewer_are_lower_bounds() {
    let en = "Raiders stormed the market, killing no fewer than eight traders.";
    assert_eq!(casualties(en)[0].2, serde_json::json!("at_least"));
    let fr = "Pas moins de huit commerçants ont été tués sur le marché.";
    assert_eq!(casualties(fr)[0].2, serde_json::json!("at_least"));
}

#[test]
fn victims_named_with_a_possessive_complement_and_those_still_treated() {
    assert_eq!(counts("Six members of her family were missing after the landslide."), rows(&[("missing", 6.0)]));
    assert_eq!(counts("Six membres de sa famille sont portés disparus."), rows(&[("missing", 6.0)]));
    assert_eq!(counts("Another 14 people are still undergoing treatment."), rows(&[("wounded", 14.0)]));
    assert_eq!(counts("Four of the injured are in intensive care."), rows(&[("wounded", 4.0)]));
    assert_eq!(counts("Quatre blessés sont en réanimation."), rows(&[("wounded", 4.0)]));
}

#[test]
fn a_toll_sourced_in_the_next_sentence_with_no_figure_gives_its_source() {
    let fr = "Douze personnes ont été tuées mardi dans l'embuscade. Un bilan encore provisoire selon la gendarmerie.";
    assert_eq!(sourced(fr), vec![("killed".to_string(), 12.0, vec!["la gendarmerie".to_string()])]);
    let en = "Twelve people were killed in the ambush on Tuesday. A provisional toll, according to the gendarmerie.";
    assert_eq!(sourced(en), vec![("killed".to_string(), 12.0, vec!["the gendarmerie".to_string()])]);
}

#[test]
fn an_adverb_in_quotation_marks_between_the_auxiliary_and_the_harm_is_read_through() {
    assert_eq!(counts("Un skieur a été « légèrement » blessé."), rows(&[("wounded", 1.0)]));
    assert_eq!(counts("Two skiers were \u{201c}slightly\u{201d} injured."), rows(&[("wounded", 2.0)]));
}

#[test]
fn the_police_who_made_arrests_tell_of_them() {
    let en = "Police have detained 23 people after the riot in the port.";
    assert_eq!(sourced(en), vec![("arrested".to_string(), 23.0, vec!["Police".to_string()])]);
    let fr = "La police a interpellé 23 personnes après l'émeute dans le port.";
    assert_eq!(sourced(fr), vec![("arrested".to_string(), 23.0, vec!["La police".to_string()])]);
    // Someone else who tells of them is the source, not the police.
    let en = "Witnesses said police detained 23 people.";
    assert_eq!(sourced(en), vec![("arrested".to_string(), 23.0, vec!["Witnesses".to_string()])]);
}

#[test]
fn an_article_in_an_opening_phrase_or_a_complement_counts_no_one() {
    assert_eq!(counts("As a result of the clashes, four officers were injured."), rows(&[("wounded", 4.0)]));
    assert_eq!(counts("Après une altercation, deux agents ont été blessés."), rows(&[("wounded", 2.0)]));
    assert_eq!(counts("Four members of a patrol unit were injured."), rows(&[("wounded", 4.0)]));
    assert_eq!(counts("Quatre membres d'une unité de patrouille ont été blessés."), rows(&[("wounded", 4.0)]));
    // An article that is the subject still counts one.
    assert_eq!(counts("During the raid, a soldier was killed."), rows(&[("killed", 1.0)]));
}

#[test]
fn victims_described_by_a_relative_clause_or_quoted_words_keep_their_verb() {
    assert_eq!(counts("Four officers who were guarding the checkpoint were injured."), rows(&[("wounded", 4.0)]));
    assert_eq!(
        counts("Quatre membres d'une unité qui surveillaient la route ont été blessés."),
        rows(&[("wounded", 4.0)])
    );
    let en = "The police said that four officers \"were hurt while holding back the crowd\".";
    assert_eq!(sourced(en), vec![("wounded".to_string(), 4.0, vec!["The police".to_string()])]);
    let fr = "Selon la préfecture, deux gendarmes « ont été légèrement blessés » lors des heurts.";
    assert_eq!(sourced(fr), vec![("wounded".to_string(), 2.0, vec!["la préfecture".to_string()])]);
}

#[test]
fn a_pronoun_object_of_a_harm_counts_one() {
    assert_eq!(
        counts("A mine struck the colonel's jeep near the bridge, killing him and injuring six passengers."),
        rows(&[("killed", 1.0), ("wounded", 6.0)])
    );
    assert_eq!(
        counts("Des hommes armés ont arrêté le maire. Ils l'ont tué devant sa maison."),
        rows(&[("killed", 1.0)])
    );
    // An arrest of someone named before is no figure of its own.
    assert_eq!(counts("Police arrested him on Monday."), rows(&[]));
}

#[test]
fn two_bare_numbers_share_the_harm_noun_after_the_second() {
    assert_eq!(
        counts("The two districts recorded two and five deaths, respectively, the agency said."),
        rows(&[("dead", 2.0), ("dead", 5.0)])
    );
    assert_eq!(
        counts("Les deux districts ont enregistré deux et cinq morts, a indiqué l'agence."),
        rows(&[("dead", 2.0), ("dead", 5.0)])
    );
}

#[test]
fn the_sentences_own_source_set_off_at_its_end_outweighs_a_relative_clause() {
    let en = "The south was worst hit with 12 dead, followed by the western districts, which reported three deaths, the agency said.";
    let got = sourced(en);
    assert!(got.iter().all(|(_, _, s)| s == &vec!["the agency".to_string()]), "{got:?}");
    let fr = "Le sud a été le plus touché avec 12 morts, suivi des districts de l'ouest, qui ont signalé trois morts, a indiqué l'agence.";
    let got = sourced(fr);
    assert!(got.iter().all(|(_, _, s)| s == &vec!["l'agence".to_string()]), "{got:?}");
}

#[test]
fn those_living_in_camps_and_those_among_the_dead_are_counted() {
    assert_eq!(counts("Some 12,400 families are still living in the camps."), rows(&[("displaced", 12400.0)]));
    assert_eq!(counts("Quelque 12 400 personnes vivent dans des camps de fortune."), rows(&[("displaced", 12400.0)]));
    assert_eq!(counts("Six pupils were among those who lost their lives."), rows(&[("dead", 6.0)]));
    assert_eq!(
        counts("Au moins six enfants sont parmi ceux qui ont perdu la vie dans les inondations."),
        rows(&[("dead", 6.0)])
    );
}

#[test]
fn groups_set_off_by_dashes_share_the_verb_after_them() {
    assert_eq!(
        counts("In the northern town, six people – two women and four men – were killed."),
        rows(&[("killed", 6.0), ("killed", 2.0), ("killed", 4.0)])
    );
    assert_eq!(
        counts("Dans la ville du nord, six personnes – deux femmes et quatre hommes – ont été tuées."),
        rows(&[("killed", 6.0), ("killed", 2.0), ("killed", 4.0)])
    );
}

#[test]
fn someone_named_before_and_a_figure_share_the_harm_verb() {
    assert_eq!(
        counts("Gunmen raided the hamlet, killing the chief and 17 other villagers."),
        rows(&[("killed", 17.0)])
    );
    assert_eq!(
        counts("Des hommes armés ont tué le chef du hameau et 17 autres villageois."),
        rows(&[("killed", 17.0)])
    );
    // Things are no victims.
    assert!(counts("The storm destroyed the school and 40 homes.").is_empty());
}

#[test]
fn a_figure_takes_the_source_that_adds_to_it_or_confirms_it_next() {
    let fr = "Le bilan fait état de 10 soldats tués. Trois assaillants ont aussi péri, ajoute le communiqué.";
    assert_eq!(sourced(fr)[0], ("killed".to_string(), 10.0, vec!["le communiqué".to_string()]));
    let en = "Ten soldiers were killed in the ambush. Several attackers also died, the statement added.";
    assert_eq!(sourced(en)[0], ("killed".to_string(), 10.0, vec!["the statement".to_string()]));
    let fr = "Un lycéen a trouvé la mort jeudi pendant les heurts. Le procureur a confirmé cette tragédie.";
    assert_eq!(sourced(fr), vec![("dead".to_string(), 1.0, vec!["Le procureur".to_string()])]);
    let en = "A student was killed during the protests. The prosecutor confirmed the death.";
    assert_eq!(sourced(en), vec![("killed".to_string(), 1.0, vec!["The prosecutor".to_string()])]);
}

#[test]
fn the_parts_of_a_toll_after_a_colon_or_with_their_places_are_counted() {
    assert_eq!(
        counts("The toll rose to 310 dead: 200 in the west, 90 in the hills and 20 on the coast."),
        rows(&[("dead", 310.0), ("dead", 200.0), ("dead", 90.0), ("dead", 20.0)])
    );
    assert_eq!(
        counts("Le bilan s'élève à 310 morts : 200 dans l'ouest, 90 dans les collines et 20 sur la côte."),
        rows(&[("dead", 310.0), ("dead", 200.0), ("dead", 90.0), ("dead", 20.0)])
    );
    assert_eq!(
        counts("Huit personnes sont mortes à Tshikapa, 3 personnes au quartier du marché et deux à la gare."),
        rows(&[("dead", 8.0), ("dead", 3.0), ("dead", 2.0)])
    );
}

#[test]
fn a_pronoun_for_the_noun_of_a_figure_before_counts_the_same_harm() {
    assert_eq!(
        counts(
            "« Lundi nous avons retiré 9 personnes décédées ; mardi, nous en avons retiré quatre », dit le capitaine."
        ),
        rows(&[("dead", 9.0), ("dead", 4.0)])
    );
    // Those freed are not counted again.
    assert_eq!(
        counts("La police a arrêté 14 jeunes. Elle en a relâché cinq dans la nuit."),
        rows(&[("arrested", 14.0)])
    );
}

#[test]
fn those_held_in_custody_are_arrested() {
    assert_eq!(
        counts("Quatorze personnes ont été interpellées, cinq sont encore en garde à vue."),
        rows(&[("arrested", 14.0), ("arrested", 5.0)])
    );
    assert_eq!(counts("Three union leaders were taken into custody."), rows(&[("arrested", 3.0)]));
}

#[test]
fn a_figure_listed_after_a_sourced_one_has_the_same_giver() {
    let en = casualties("A hospital official put the toll at nine dead and 14 wounded.");
    assert_eq!(en.len(), 2, "{en:?}");
    assert_eq!(en[1].5, vec!["A hospital official"], "{en:?}");
    let fr = casualties("Un responsable hospitalier a chiffré le bilan à neuf morts et 14 blessés.");
    assert_eq!(fr.len(), 2, "{fr:?}");
    assert_eq!(fr[1].5, vec!["Un responsable hospitalier"], "{fr:?}");
}

#[test]
fn a_part_set_off_after_its_figure_keeps_that_figure_s_harm() {
    let en = counts("The fire left four people, among them a boy, dead, and nine others hurt.");
    assert_eq!(en, rows(&[("dead", 4.0), ("dead", 1.0), ("wounded", 9.0)]));
    let en = counts("Twelve people were hurt, including two children, and three died.");
    assert_eq!(en, rows(&[("wounded", 12.0), ("wounded", 2.0), ("dead", 3.0)]));
    let fr = counts("L'incendie a fait trois morts, dont un enfant, et six blessés légers.");
    assert_eq!(fr, rows(&[("dead", 3.0), ("dead", 1.0), ("wounded", 6.0)]));
}

#[test]
fn whom_a_claim_is_had_from_is_no_victim() {
    assert_eq!(counts("According to a local official, 12 civilians were killed."), rows(&[("killed", 12.0)]));
    assert_eq!(counts("The radio quoted a local official, 12 civilians were killed."), rows(&[("killed", 12.0)]));
    assert_eq!(counts("Selon un responsable local, 12 civils ont été tués."), rows(&[("killed", 12.0)]));
    assert_eq!(
        counts("Selon la radio qui cite un responsable local, 12 civils ont été tués."),
        rows(&[("killed", 12.0)])
    );
}

#[test]
fn along_with_and_de_meme_que_join_a_group_to_the_harm_before() {
    let en = counts("The governor said three traders died and 14 others were hurt, along with two soldiers.");
    assert_eq!(en, rows(&[("dead", 3.0), ("wounded", 14.0), ("wounded", 2.0)]));
    let fr = counts("Deux civils ont été blessés, de même que cinq policiers.");
    assert_eq!(fr, rows(&[("wounded", 2.0), ("wounded", 5.0)]));
}

#[test]
fn the_homeless_are_displaced_with_or_without_a_hyphen() {
    let fr = counts("La tempête a fait 9 morts, 40 blessés et 2 300 sans-abri.");
    assert_eq!(fr, rows(&[("dead", 9.0), ("wounded", 40.0), ("displaced", 2300.0)]));
    let en = counts("The storm left 9 dead, 40 injured and 2,300 homeless.");
    assert_eq!(en, rows(&[("dead", 9.0), ("wounded", 40.0), ("displaced", 2300.0)]));
}

#[test]
fn badly_hit_people_are_wounded() {
    let fr = casualties("Parmi les blessés, deux ont été grièvement touchés, a précisé la gendarmerie.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("wounded", 2.0), "{fr:?}");
    assert_eq!(fr[0].5, vec!["la gendarmerie"]);
    assert_eq!(counts("Deux passagères ont été gravement touchées par des éclats."), rows(&[("wounded", 2.0)]));
    assert_eq!(counts("Among the injured, two were seriously hurt, the police said."), rows(&[("wounded", 2.0)]));
}

#[test]
fn a_participle_phrase_opened_by_among_names_those_harmed_before_the_copula() {
    let en = counts("Among those killed were nine guards and one driver, the company said.");
    assert_eq!(en, rows(&[("killed", 9.0), ("killed", 1.0)]));
    assert_eq!(counts("Among those wounded were two nurses."), rows(&[("wounded", 2.0)]));
    let fr = counts("Parmi les personnes tuées figurent neuf gardes, selon l'entreprise.");
    assert_eq!(fr, rows(&[("killed", 9.0)]));
}

#[test]
fn a_plural_without_its_ending_after_the_is_no_one_person() {
    assert_eq!(counts("The policemen were wounded in the blast."), rows(&[]));
    assert_eq!(counts("The men killed in the raid were farmers."), rows(&[]));
    assert_eq!(counts("The children were injured by flying glass."), rows(&[]));
    // One person still counts one.
    assert_eq!(counts("The policeman was wounded in the blast."), rows(&[("wounded", 1.0)]));
    assert_eq!(counts("Le policier a été blessé par des éclats."), rows(&[("wounded", 1.0)]));
}

#[test]
fn each_group_listed_before_a_headline_s_harm_is_counted() {
    for text in [
        "Mali : cinq gendarmes et plusieurs dizaines de terroristes tués dans le centre",
        "Cinq soldats et douze terroristes ont été tués mardi dans le centre du Mali.",
        "Five soldiers and dozens of militants killed in central Mali",
        "Five soldiers and dozens of militants died in central Mali on Tuesday.",
    ] {
        let c = casualties(text);
        assert_eq!(c.len(), 2, "{text}: {c:?}");
        assert_eq!(c[0].1, 5.0, "{text}");
        let soldiers = c[0].3.as_str().unwrap();
        assert!(["soldats", "soldiers", "gendarmes"].contains(&soldiers), "{text}: {soldiers}");
        let fighters = c[1].3.as_str().unwrap();
        assert!(["terroristes", "militants"].contains(&fighters), "{text}: {fighters}");
    }
}

#[test]
fn a_country_across_the_border_does_not_set_a_figure_apart() {
    let en = casualties(
        "Gunmen killed at least nine soldiers on Sunday near the border with Mali. The army said nine soldiers \
         died in the raid near Dori, in northern Burkina Faso.",
    );
    assert_eq!(en.len(), 1, "{en:?}");
    assert_eq!((en[0].1, en[0].6), (9.0, 2));
    assert_eq!(en[0].5, ["The army"]);
    let fr = casualties(
        "Une attaque a fait au moins neuf morts parmi les soldats dimanche à proximité de la frontière du Mali. \
         L'armée a annoncé la mort de neuf soldats près de Dori, au Burkina Faso.",
    );
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert_eq!((fr[0].1, fr[0].6), (9.0, 2));
    assert_eq!(fr[0].5, ["L'armée"]);
}

#[test]
fn a_toll_told_as_the_earlier_one_is_no_update() {
    for text in [
        "Eleven people died in the fire, the mayor said. Earlier, a hospital source put the toll at four dead.",
        "Onze personnes sont mortes dans l'incendie, selon le maire. Plus tôt, une source hospitalière avait \
         chiffré le bilan à quatre morts.",
    ] {
        let c = casualties(text);
        let earlier = c.iter().find(|c| c.1 == 4.0).unwrap_or_else(|| panic!("{text}: {c:?}"));
        assert!(!earlier.7, "{text}: {earlier:?}");
        assert!(earlier.5[0].contains("source"), "{text}: {earlier:?}");
    }
}

#[test]
fn a_toll_for_every_so_many_people_is_a_rate() {
    for text in [
        "More than 4,000 people died on the roads last year, or 19 deaths per 100,000 inhabitants, the ministry said.",
        "Plus de 4.000 personnes ont péri sur les routes l'an dernier, soit 19 décès pour 100.000 personnes, selon \
         le ministère.",
    ] {
        let c = casualties(text);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        assert_eq!(c[0].1, 4000.0, "{text}");
    }
}

#[test]
fn injuries_named_by_joined_adjectives_after_a_verb_of_suffering_are_wounded() {
    let en = casualties("Six people died and 23 others sustained minor and serious injuries, the police chief said.");
    assert!(en.iter().any(|c| c.0 == "wounded" && c.1 == 23.0), "{en:?}");
    let fr =
        casualties("Six personnes sont mortes et 23 autres ont subi des blessures légères ou graves, selon la police.");
    assert!(fr.iter().any(|c| c.0 == "wounded" && c.1 == 23.0), "{fr:?}");
}

#[test]
fn survivors_receiving_care_in_hospital_are_wounded() {
    let en = casualties("Rescuers pulled out 31 bodies, while nine survivors are receiving hospital treatment.");
    assert!(en.iter().any(|c| c.0 == "wounded" && c.1 == 9.0), "{en:?}");
    let fr =
        casualties("Les secours ont dégagé 31 corps, et onze rescapés reçoivent des soins à l'hôpital de district.");
    assert!(fr.iter().any(|c| c.0 == "wounded" && c.1 == 11.0), "{fr:?}");
}

#[test]
fn a_quantifier_between_the_victims_and_their_verb_keeps_the_figure() {
    let en = casualties("One man was run over by a truck, and the other three all died in the clashes.");
    assert!(en.iter().any(|c| c.0 == "dead" && c.1 == 3.0), "{en:?}");
    let fr = casualties("Les trois autres sont tous morts pendant les affrontements avec la police.");
    assert!(fr.iter().any(|c| c.0 == "dead" && c.1 == 3.0), "{fr:?}");
}

#[test]
fn a_narration_in_the_present_tells_the_dead() {
    let fr = casualties("Le bilan est lourd : neuf passagers meurent dans l'incendie du car, près de Mananjary.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("dead", 9.0), "{fr:?}");
    let fr = casualties("Deux secouristes périssent dans la crue de la rivière.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("dead", 2.0), "{fr:?}");
}

#[test]
fn the_number_of_a_vehicle_s_model_counts_no_one() {
    let fr = casualties("Quatre passagers du minibus Toyota 308 meurent dans les flammes.");
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert_eq!(fr[0].1, 4.0);
    let en = casualties("Four passengers of an Antonov 26 died when it crashed near the airstrip.");
    assert_eq!(en.len(), 1, "{en:?}");
    assert_eq!(en[0].1, 4.0);
}

#[test]
fn a_headline_s_group_and_the_body_s_people_are_one_figure() {
    for text in [
        "Two hikers killed in rockfall\n\nOn Sunday, two people were killed by falling rocks near the summit, rescuers said.",
        "Deux randonneurs tués par un éboulement\n\nDimanche, deux personnes ont été tuées par des chutes de pierres près \
         du sommet, selon les secours.",
    ] {
        let c = casualties(text);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        assert_eq!((c[0].1, c[0].6), (2.0, 2), "{text}");
    }
}

#[test]
fn a_source_inside_a_relative_clause_gives_that_clause_s_figure_only() {
    let en = casualties(
        "Farmers blocked six lorries on Friday amid clashes over grazing land that officials say have killed \
         four people so far.",
    );
    let dead = en.iter().find(|c| c.1 == 4.0).unwrap_or_else(|| panic!("{en:?}"));
    assert_eq!(dead.5, ["officials"]);
    let fr =
        casualties("Les manifestations, qui selon les autorités ont fait quatre morts, se poursuivent dans l'Est.");
    assert_eq!(fr[0].5, ["les autorités"], "{fr:?}");
}

#[test]
fn the_wounded_moved_for_care_are_still_wounded() {
    let fr = casualties("Trois blessés ont été évacués par hélicoptère vers Sévaré.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("wounded", 3.0), "{fr:?}");
    let en = casualties("Three wounded were evacuated by helicopter to Sevare.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("wounded", 3.0), "{en:?}");
}

#[test]
fn a_figure_quoted_after_its_verb_is_its_object() {
    let en = casualties("The strike on the village killed \"six people and wounded 11 others,\" the ministry said.");
    assert!(en.iter().any(|c| c.0 == "killed" && c.1 == 6.0), "{en:?}");
    let fr =
        casualties("La frappe sur le village a tué « six personnes et en a blessé 11 autres », selon le ministère.");
    assert!(fr.iter().any(|c| c.0 == "killed" && c.1 == 6.0), "{fr:?}");
}

#[test]
fn a_few_words_in_brackets_between_auxiliary_and_participle() {
    let en = casualties("Two people were (also) killed in a second strike on Baalbek.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("killed", 2.0), "{en:?}");
    let fr = casualties("Deux personnes ont (par ailleurs) été tuées dans une seconde frappe sur Baalbek.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("killed", 2.0), "{fr:?}");
}

#[test]
fn those_who_took_refuge_are_displaced() {
    let en = casualties("More than 12,000 people have taken refuge in Moba since the clashes.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("displaced", 12000.0), "{en:?}");
    let fr = casualties("Plus de 12 000 personnes se sont réfugiées à Moba depuis les affrontements.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("displaced", 12000.0), "{fr:?}");
    let fr = casualties("Plus de 12 000 personnes ont trouvé refuge à Moba.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("displaced", 12000.0), "{fr:?}");
}

#[test]
fn a_quote_a_stray_blank_line_broke_is_one_quote_with_its_speaker() {
    let fr =
        "Dans son rapport, le représentant de l'ONU a fait savoir que 12 attaques avaient eu lieu. « Ces attaques \
              ont coûté la vie à 30 personnes, dont 18 membres de la\n\ngarde nationale », lit-on dans le rapport.";
    let c = casualties(fr);
    assert!(c.iter().any(|c| c.1 == 30.0 && c.5 == ["le rapport"]), "{c:?}");
    let en =
        "In his report, the UN envoy said 12 attacks had taken place. \"These attacks killed 30 people, including 18 \
              members of the\n\nnational guard,\" the report said.";
    let c = casualties(en);
    assert!(c.iter().any(|c| c.1 == 30.0 && c.5 == ["the report"]), "{c:?}");
}

#[test]
fn a_harm_that_cost_the_lives_of_people_counts_them_dead() {
    let en = casualties(
        "The landslide cost the lives of 14 villagers, and the floods have claimed the lives of at least 9 others.",
    );
    assert!(en.iter().any(|c| c.0 == "dead" && c.1 == 14.0), "{en:?}");
    assert!(en.iter().any(|c| c.0 == "dead" && c.1 == 9.0), "{en:?}");
    let fr = casualties("Le glissement de terrain a coûté la vie à 14 villageois.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("dead", 14.0), "{fr:?}");
}

#[test]
fn a_figure_told_for_a_part_of_a_country_and_again_for_its_towns_is_one() {
    let en = "Rescuers searched homes buried by a landslide in southeastern Brazil, where 30 people died on \
              Tuesday after heavy rains.\n\nFirefighters said 30 people had died in the towns of Ponte Nova and \
              Caratinga.";
    let dead: Vec<CasualtyRow> = casualties(en).into_iter().filter(|c| c.0 == "dead").collect();
    assert_eq!(dead.len(), 1, "{dead:?}");
    assert_eq!((dead[0].5.clone(), dead[0].6), (vec!["Firefighters".to_string()], 2));
    let fr = "Les secouristes fouillaient les décombres dans l'est de la RDC, où 30 personnes sont mortes après \
              des pluies torrentielles.\n\nSelon les pompiers, 30 personnes sont mortes dans les localités de \
              Kalehe et de Bushushu.";
    let dead: Vec<CasualtyRow> = casualties(fr).into_iter().filter(|c| c.0 == "dead").collect();
    assert_eq!(dead.len(), 1, "{dead:?}");
    assert_eq!(dead[0].5, vec!["les pompiers".to_string()]);
}

#[test]
fn people_brought_to_hospital_are_wounded_and_an_administrative_arrest_is_an_arrest() {
    let en = casualties("Two firefighters and nine residents were brought to hospital, police said.");
    assert_eq!(en.iter().map(|c| (c.0.as_str(), c.1)).collect::<Vec<_>>(), [("wounded", 2.0), ("wounded", 9.0)]);
    let fr = casualties("Deux pompiers et neuf habitants ont été emmenés à l’hôpital, selon la police.");
    assert_eq!(fr.iter().map(|c| (c.0.as_str(), c.1)).collect::<Vec<_>>(), [("wounded", 2.0), ("wounded", 9.0)]);
    let fr = casualties("La police a procédé à l'arrestation administrative de huit supporters avant le match.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("arrested", 8.0));
    let en = casualties("Police made the administrative arrest of eight fans before the match.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("arrested", 8.0));
}

#[test]
fn a_list_of_groups_with_one_counted_by_an_article_shares_the_harm_told_after_it() {
    let en = casualties("Six herders, a teacher and two militiamen were killed on Sunday, a local chief said.");
    let got: Vec<(f64, String)> = en.iter().map(|c| (c.1, c.3.as_str().unwrap_or("").to_string())).collect();
    assert_eq!(got, [(6.0, "herders".into()), (1.0, "teacher".into()), (2.0, "militiamen".into())]);
    assert!(en.iter().all(|c| c.0 == "killed" && c.5 == ["a local chief"]), "{en:?}");
    let fr =
        casualties("« Six éleveurs, un enseignant et deux miliciens Zaraguina tués », a précisé le chef du village.");
    let got: Vec<(f64, String)> = fr.iter().map(|c| (c.1, c.3.as_str().unwrap_or("").to_string())).collect();
    assert_eq!(got, [(6.0, "éleveurs".into()), (1.0, "enseignant".into()), (2.0, "miliciens".into())]);
    // An aside on the victims is still passed over: "dont…", "blessées par balles".
    let fr = casualties("Trois villageois, grièvement blessés lors de l'explosion, sont décédés dans la nuit.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("dead", 3.0));
    let en = casualties("Forty people, including 12 children, were killed.");
    assert_eq!(en.iter().map(|c| c.1).collect::<Vec<_>>(), [40.0, 12.0]);
}

#[test]
fn another_before_a_number_counts_the_number_only_and_a_beheading_kills() {
    let en = casualties("The raiders moved on to a second camp and killed another six, the chief said.");
    assert_eq!(en.iter().map(|c| (c.0.as_str(), c.1)).collect::<Vec<_>>(), [("killed", 6.0)]);
    let en = casualties("He was wanted for the beheading of 11 soldiers in a 2009 ambush.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("killed", 11.0));
    let fr = casualties("Il était recherché pour la décapitation de 11 soldats lors d'une embuscade en 2009.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("killed", 11.0));
    let fr = casualties("Le massacre de 30 villageois avait choqué le pays.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("killed", 30.0));
}

#[test]
fn whoever_issues_a_toll_of_their_own_is_its_source() {
    let en = casualties("For its part, the opposition coalition gave a much higher toll: 9 dead and 30 wounded.");
    assert!(en.len() == 2 && en.iter().all(|c| c.5 == ["the opposition coalition"]), "{en:?}");
    let fr = casualties("De son côté, le collectif citoyen a dressé un bilan plus lourd : 9 morts et 30 blessés.");
    assert!(fr.len() == 2 && fr.iter().all(|c| c.5 == ["le collectif citoyen"]), "{fr:?}");
    // An event that raises a toll is no source.
    assert!(casualties("The earthquake raised the toll to 40 dead.")[0].5.is_empty());
}

#[test]
fn a_death_with_an_adjective_between_is_still_a_death() {
    let fr = casualties("Le syndicat déplore la mort tragique de deux ouvriers sur le chantier.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("dead", 2.0));
    let fr = casualties("La police a annoncé la mort violente d'un policier lundi.");
    assert_eq!((fr[0].0.as_str(), fr[0].1), ("dead", 1.0));
    let en = casualties("The union mourned the tragic death of two workers at the site.");
    assert_eq!((en[0].0.as_str(), en[0].1), ("dead", 2.0));
}
