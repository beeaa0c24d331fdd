//! Temporal expressions, resolved against the document date.

use reportage::{extract, Options};

/// (text, type, value, mod) of every time in `text` with document date `date`.
fn times(text: &str, date: &str) -> Vec<(String, String, String, Option<String>)> {
    let mut options = Options::default();
    options.set_document_date(date).unwrap();
    let r = serde_json::to_value(extract(text, &options).unwrap()).unwrap();
    r["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["text"]["text"].as_str().unwrap().to_string(),
                t["type"].as_str().unwrap().to_string(),
                t["value"].as_str().unwrap().to_string(),
                t["mod"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn value_of(text: &str, date: &str, expr: &str) -> String {
    let all = times(text, date);
    all.iter().find(|t| t.0 == expr).unwrap_or_else(|| panic!("no {expr:?} in {all:?}")).2.clone()
}

#[test]
fn a_weekday_in_a_past_tense_report_is_the_previous_one() {
    // 2025-03-14 is a Friday.
    assert_eq!(value_of("Rebels seized the town on Tuesday, officials said.", "2025-03-14", "Tuesday"), "2025-03-11");
    assert_eq!(value_of("Les rebelles ont pris la ville mardi.", "2025-03-14", "mardi"), "2025-03-11");
}

#[test]
fn a_weekday_in_a_future_sentence_is_the_next_one() {
    assert_eq!(value_of("Talks will resume on Tuesday in Geneva.", "2025-03-14", "Tuesday"), "2025-03-18");
    assert_eq!(value_of("Les discussions reprendront lundi prochain.", "2025-03-14", "lundi prochain"), "2025-03-17");
    assert_eq!(value_of("He left last Friday.", "2025-03-14", "last Friday"), "2025-03-07");
}

#[test]
fn since_with_a_weekday_and_with_a_year_carries_a_modifier() {
    let t = times("The toll has risen since Wednesday. The war has raged since 2011.", "2025-03-14");
    assert!(
        t.contains(&("since Wednesday".into(), "DATE".into(), "2025-03-12".into(), Some("ON_OR_AFTER".into()))),
        "{t:?}"
    );
    assert!(t.contains(&("since 2011".into(), "DATE".into(), "2011".into(), Some("ON_OR_AFTER".into()))), "{t:?}");
    let fr = times("Le conflit dure depuis 2011.", "2025-03-14");
    assert_eq!(fr[0].0, "depuis 2011");
}

#[test]
fn a_december_date_in_a_january_article_is_last_year() {
    assert_eq!(value_of("The ceasefire collapsed on December 30.", "2025-01-04", "December 30"), "2024-12-30");
    assert_eq!(value_of("Le cessez-le-feu a été rompu le 30 décembre.", "2025-01-04", "30 décembre"), "2024-12-30");
}

#[test]
fn explicit_dates_in_both_languages_and_day_month_order() {
    assert_eq!(value_of("The vote was held on 12 May 2024.", "2025-01-04", "12 May 2024"), "2024-05-12");
    assert_eq!(value_of("Le scrutin a eu lieu le 12 mai 2024.", "2025-01-04", "12 mai 2024"), "2024-05-12");
    assert_eq!(value_of("The decree is dated 03/02/2024.", "2025-01-04", "03/02/2024"), "2024-02-03");
    assert_eq!(value_of("A truce was agreed in March 2020.", "2025-01-04", "March 2020"), "2020-03");
}

#[test]
fn relative_days_and_periods() {
    assert_eq!(value_of("Three soldiers were killed yesterday.", "2025-03-14", "yesterday"), "2025-03-13");
    assert_eq!(value_of("Trois soldats ont été tués hier.", "2025-03-14", "hier"), "2025-03-13");
    assert_eq!(value_of("Prices rose last month.", "2025-03-14", "last month"), "2025-02");
    assert_eq!(value_of("The raids began last week.", "2025-03-14", "last week"), "2025-W10");
    assert_eq!(
        value_of("Les frappes ont commencé la semaine dernière.", "2025-03-14", "la semaine dernière"),
        "2025-W10"
    );
    assert_eq!(value_of("Fighting eased earlier this month.", "2025-03-14", "earlier this month"), "2025-03");
    assert_eq!(value_of("Attacks have grown in recent years.", "2025-03-14", "in recent years"), "PAST_REF");
}

#[test]
fn durations_in_both_languages() {
    assert_eq!(value_of("The siege lasted for three days.", "2025-03-14", "for three days"), "P3D");
    assert_eq!(value_of("La ville est assiégée depuis trois semaines.", "2025-03-14", "depuis trois semaines"), "P3W");
    assert_eq!(value_of("Talks dragged on for 18 months.", "2025-03-14", "for 18 months"), "P18M");
}

#[test]
fn clock_times_in_both_styles() {
    let t = times("The blast came at 11:18 and the second at 14h05.", "2025-03-14");
    assert!(t.iter().any(|x| x.0 == "11:18" && x.1 == "TIME" && x.2 == "2025-03-14T11:18"), "{t:?}");
    assert!(t.iter().any(|x| x.0 == "14h05" && x.2 == "2025-03-14T14:05"), "{t:?}");
}

#[test]
fn recurrences_are_sets() {
    assert_eq!(value_of("Convoys arrive every week.", "2025-03-14", "every week"), "P1W");
}

#[test]
fn without_a_document_date_relative_values_stay_unknown() {
    let t = times("Talks resumed on December 30.", "2025-01-04");
    assert_eq!(t[0].2, "2024-12-30");
    let r = serde_json::to_value(extract("Talks resumed on December 30.", &Options::default()).unwrap()).unwrap();
    assert_eq!(r["times"][0]["value"], "XXXX-12-30");
}

#[test]
fn timeml_scores_on_the_shipped_samples_stay_above_a_floor() {
    use reportage::eval::{parse_timeml, score_time};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/timeml");
    let docs: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| parse_timeml(&std::fs::read_to_string(e.path()).unwrap()))
        .collect();
    let s = score_time(&docs);
    assert!(s.relaxed.prf().2 >= 0.9, "relaxed F1 {:?}", s.relaxed);
    assert!(s.value_correct * 10 >= s.value_total * 9, "values {} of {}", s.value_correct, s.value_total);
}

#[test]
fn french_future_cues_point_a_weekday_forward() {
    assert_eq!(value_of("Les négociations doivent reprendre jeudi au Caire.", "2025-03-18", "jeudi"), "2025-03-20");
}

#[test]
fn a_full_date_in_the_dateline_anchors_relative_dates() {
    let text = "Attaque au Mali\n\nBAMAKO, 14 juin 2025 (AFP) - Un camp de l'armée a été attaqué mardi, a-t-on appris de sources sécuritaires.";
    let r = serde_json::to_value(extract(text, &Options::default()).unwrap()).unwrap();
    assert_eq!(r["document_date"], "2025-06-14");
    assert!(r["times"].as_array().unwrap().iter().any(|t| t["text"]["text"] == "mardi" && t["value"] == "2025-06-10"));
}

#[test]
fn a_french_period_is_placed_by_the_direction_after_it() {
    // 2025-03-14 is a Friday in ISO week 11.
    assert_eq!(value_of("Les loyers ont baissé le mois passé.", "2025-03-14", "le mois passé"), "2025-02");
    assert_eq!(value_of("Le budget sera voté l'an prochain.", "2025-03-14", "l'an prochain"), "2026");
    assert_eq!(value_of("Le chantier avance cette semaine.", "2025-03-14", "cette semaine"), "2025-W11");
    assert_eq!(value_of("Les pluies reviennent ce mois-ci.", "2025-03-14", "ce mois-ci"), "2025-03");
}

#[test]
fn a_french_period_without_a_direction_is_no_particular_period() {
    let t = times("Il fut élu l'année suivante, après un vote dans la semaine.", "2025-03-14");
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn curly_apostrophes_read_as_straight_ones() {
    assert_eq!(value_of("Aujourd’hui, le marché est fermé.", "2025-03-14", "Aujourd’hui"), "2025-03-14");
    assert_eq!(value_of("L’an dernier, la récolte a doublé.", "2025-03-14", "L’an dernier"), "2024");
}

#[test]
fn a_year_after_an_accented_french_word_is_a_year() {
    let t = times("Le pont a été fermé de 2019 à 2022, puis rouvert à l'été 2023.", "2025-03-14");
    for year in ["2019", "2022", "2023"] {
        assert!(t.iter().any(|x| x.0 == year && x.2 == year), "{year} in {t:?}");
    }
}

#[test]
fn a_direction_before_or_after_a_weekday_points_it() {
    assert_eq!(value_of("Le marché a rouvert lundi passé.", "2025-03-14", "lundi passé"), "2025-03-10");
    assert_eq!(value_of("The market reopened the previous Monday.", "2025-03-14", "previous Monday"), "2025-03-10");
}

#[test]
fn a_clock_time_before_a_word_that_starts_like_am_is_kept() {
    let t = times("The rally began at 10:30 amid heavy rain.", "2025-03-14");
    assert!(t.iter().any(|x| x.0 == "10:30" && x.2 == "2025-03-14T10:30"), "{t:?}");
    assert_eq!(value_of("The rally ended at 4:15 p.m. sharp.", "2025-03-14", "4:15 p.m."), "2025-03-14T16:15");
}

#[test]
fn a_creation_time_with_more_than_a_date_still_anchors_the_document() {
    use reportage::eval::{parse_timeml, score_time};
    let doc = parse_timeml(
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"2025-03-14TMO\">March 14, 2025</TIMEX3></DCT>\n\
         <TEXT>Officials said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-13\">yesterday</TIMEX3> that the road had reopened.</TEXT></TimeML>",
    );
    let s = score_time(&[doc]);
    assert_eq!((s.value_correct, s.value_total), (1, 1));
}

#[test]
fn a_month_alone_after_a_lead_or_a_direction_is_a_month_of_the_nearest_year() {
    // An article of 10 February 2025.
    assert_eq!(value_of("Fighting resumed in January near the border.", "2025-02-10", "January"), "2025-01");
    assert_eq!(value_of("Le cessez-le-feu avait été signé en décembre.", "2025-02-10", "décembre"), "2024-12");
    assert_eq!(value_of("The dam burst last April, killing dozens.", "2025-02-10", "last April"), "2024-04");
    assert_eq!(value_of("Elections are due next March.", "2025-02-10", "next March"), "2025-03");
    assert_eq!(value_of("Le barrage a cédé en avril dernier.", "2025-02-10", "avril dernier"), "2024-04");
    let since = times("Aid has been blocked since October.", "2025-02-10");
    assert!(
        since.iter().any(|t| t.0 == "since October" && t.2 == "2024-10" && t.3.as_deref() == Some("ON_OR_AFTER")),
        "{since:?}"
    );
}

#[test]
fn a_month_name_inside_a_name_or_used_as_a_verb_is_no_date() {
    for text in [
        "Former prime minister Theresa May said in London that talks had failed.",
        "Protesters may march on Sunday, organisers said.",
        "Les sondes envoyées vers Mars en janvier ont échoué.",
    ] {
        let found = times(text, "2025-02-10");
        assert!(found.iter().all(|t| !["May", "may", "march", "Mars"].contains(&t.0.as_str())), "{text}: {found:?}");
    }
}

#[test]
fn a_weekday_abbreviation_inside_a_company_name_is_no_date() {
    let found = times("Sun Microsystems shares rose after the Sun board met on Tuesday.", "2025-02-14");
    assert_eq!(found.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["Tuesday"], "{found:?}");
}

#[test]
fn a_number_hyphened_to_a_unit_is_a_duration() {
    assert_eq!(value_of("He was jailed for a two-year term in 2021.", "2025-02-10", "two-year"), "P2Y");
    assert_eq!(value_of("The port was leased for a 30-year term.", "2025-02-10", "30-year"), "P30Y");
    // An age is not a time.
    let age = times("A 30-year-old man was killed on Monday.", "2025-02-10");
    assert_eq!(age.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["Monday"], "{age:?}");
}

#[test]
fn a_plural_unit_without_a_number_is_a_duration_of_no_stated_length() {
    assert_eq!(value_of("The region has been at war for years.", "2025-02-10", "years"), "PXY");
    assert_eq!(value_of("Le blocus dure depuis des mois.", "2025-02-10", "des mois"), "PXM");
    assert_eq!(value_of("Revenue fell this fiscal year.", "2025-02-10", "this fiscal year"), "2025");
}

#[test]
fn a_duration_counted_back_is_the_date_it_points_to() {
    // An article of Monday 10 February 2025.
    assert_eq!(
        value_of("The convoy left three days ago, aid workers said.", "2025-02-10", "three days ago"),
        "2025-02-07"
    );
    assert_eq!(value_of("Le convoi est parti il y a trois jours.", "2025-02-10", "il y a trois jours"), "2025-02-07");
    assert_eq!(value_of("The ceasefire collapsed two weeks ago.", "2025-02-10", "two weeks ago"), "2025-W05");
    assert_eq!(value_of("Le barrage a cédé il y a deux ans.", "2025-02-10", "il y a deux ans"), "2023");
    assert_eq!(value_of("Talks began six months ago in Doha.", "2025-02-10", "six months ago"), "2024-08");
    // Without a document date it stays a duration.
    let r = serde_json::to_value(extract("The convoy left three days ago.", &Options::default()).unwrap()).unwrap();
    assert_eq!(r["times"][0]["type"], "DURATION", "{r}");
    assert_eq!(r["times"][0]["value"], "P3D", "{r}");
}

#[test]
fn an_article_counts_one_unit() {
    assert_eq!(value_of("The siege lasted a week before the army withdrew.", "2025-02-10", "a week"), "P1W");
    assert_eq!(value_of("Le siège a duré une semaine.", "2025-02-10", "une semaine"), "P1W");
    assert_eq!(value_of("The plant closed a year ago.", "2025-02-10", "a year ago"), "2024");
    assert_eq!(value_of("L'usine a fermé il y a un an.", "2025-02-10", "il y a un an"), "2024");
}

#[test]
fn the_part_of_a_month_or_a_year_is_a_modifier() {
    let all = times("Fighting flared in early December and again in late 2024.", "2025-02-10");
    assert!(all.contains(&("early December".into(), "DATE".into(), "2024-12".into(), Some("START".into()))), "{all:?}");
    assert!(all.contains(&("late 2024".into(), "DATE".into(), "2024".into(), Some("END".into()))), "{all:?}");
    let fr = times("Les combats ont repris mi-janvier, après une trêve conclue fin 2024.", "2025-02-10");
    assert!(fr.contains(&("mi-janvier".into(), "DATE".into(), "2025-01".into(), Some("MID".into()))), "{fr:?}");
    assert!(fr.contains(&("fin 2024".into(), "DATE".into(), "2024".into(), Some("END".into()))), "{fr:?}");
}

#[test]
fn a_year_after_a_determiner_or_a_fiscal_word_is_a_year() {
    let en = times("The 2019 election and its 2020 aftermath weighed on fiscal 2024 results.", "2025-02-10");
    for (text, value) in [("2019", "2019"), ("2020", "2020"), ("2024", "2024")] {
        assert!(en.iter().any(|t| t.0 == text && t.1 == "DATE" && t.2 == value), "{text}: {en:?}");
    }
    let fr = times("Le groupe a publié les comptes de son exercice 2023.", "2025-02-10");
    assert!(fr.iter().any(|t| t.0 == "2023" && t.2 == "2023"), "{fr:?}");
}

#[test]
fn a_quarter_is_the_latest_of_that_number() {
    // An article of 10 February 2025: the fourth quarter is last year's, the first this year's.
    assert_eq!(
        value_of("Fourth-quarter profit fell 12%, the company said.", "2025-02-10", "Fourth-quarter"),
        "2024-Q4"
    );
    assert_eq!(value_of("Sales rose in the first quarter.", "2025-02-10", "first quarter"), "2025-Q1");
    assert_eq!(
        value_of("Le chiffre d'affaires a baissé au troisième trimestre.", "2025-02-10", "troisième trimestre"),
        "2024-Q3"
    );
}

#[test]
fn a_season_placed_by_a_direction_is_a_date() {
    // An article of 10 March 2025.
    assert_eq!(value_of("The offensive stalled last summer.", "2025-03-10", "last summer"), "2024-SU");
    assert_eq!(value_of("L'offensive s'est enlisée l'été dernier.", "2025-03-10", "été dernier"), "2024-SU");
    assert_eq!(value_of("Elections are planned for next autumn.", "2025-03-10", "next autumn"), "2025-FA");
}

#[test]
fn a_duration_of_no_stated_length_is_counted_x() {
    assert_eq!(value_of("The talks lasted several days.", "2025-03-10", "several days"), "PXD");
    assert_eq!(value_of("Les négociations ont duré plusieurs semaines.", "2025-03-10", "plusieurs semaines"), "PXW");
    assert_eq!(value_of("Le siège dure depuis quelques mois.", "2025-03-10", "quelques mois"), "PXM");
}

#[test]
fn a_part_of_the_day_after_a_weekday_makes_a_time() {
    // 10 March 2025 is a Monday.
    let en = times("Shelling resumed on Sunday night, residents said.", "2025-03-10");
    assert_eq!(en, vec![("Sunday night".into(), "TIME".into(), "2025-03-09TNI".into(), None)]);
    let fr = times("Les combats ont cessé samedi soir.", "2025-03-10");
    assert_eq!(fr, vec![("samedi soir".into(), "TIME".into(), "2025-03-08TEV".into(), None)]);
}

#[test]
fn a_weekday_after_every_is_a_set() {
    assert_eq!(value_of("Prayers are held every Friday.", "2025-03-10", "every Friday"), "XXXX-WXX-5");
    assert_eq!(value_of("Le marché se tient chaque mardi.", "2025-03-10", "chaque mardi"), "XXXX-WXX-2");
}

#[test]
fn a_directed_weekend_is_the_weekend_of_that_week() {
    assert_eq!(value_of("Three people were killed last weekend.", "2025-03-10", "last weekend"), "2025-W10-WE");
    // On a Monday, told in the past: the weekend just gone.
    assert_eq!(value_of("Trois personnes ont été tuées ce week-end.", "2025-03-10", "ce week-end"), "2025-W10-WE");
    assert_eq!(value_of("Les manifestants vont défiler ce week-end.", "2025-03-10", "ce week-end"), "2025-W11-WE");
}

#[test]
fn a_french_hour_after_a_clock_word_is_a_time_and_otherwise_a_duration() {
    assert_eq!(value_of("L'explosion a eu lieu vers 19 heures.", "2025-03-10", "19 heures"), "2025-03-10T19:00");
    assert_eq!(value_of("La trêve a duré 12 heures.", "2025-03-10", "12 heures"), "PT12H");
}

#[test]
fn a_duration_given_as_two_numbers_is_its_lower_end() {
    assert_eq!(value_of("The shooting lasted three or four minutes.", "2025-03-10", "three or four minutes"), "PT3M");
    assert_eq!(value_of("Les tirs ont duré deux ou trois heures.", "2025-03-10", "deux ou trois heures"), "PT2H");
}

#[test]
fn this_afternoon_in_french_is_today_s() {
    assert_eq!(value_of("Le pont a rouvert cet après-midi.", "2025-03-10", "cet après-midi"), "2025-03-10TAF");
}

#[test]
fn a_french_hour_that_opens_a_range_of_clock_times_is_a_time() {
    let text = "Le couvre-feu s'appliquera de 21 heures à 6 heures dans toute la ville.";
    assert_eq!(value_of(text, "2025-03-10", "21 heures"), "2025-03-10T21:00");
    let text = "Les bars resteront fermés de 22 heures jusqu'à minuit.";
    assert_eq!(value_of(text, "2025-03-10", "22 heures"), "2025-03-10T22:00");
    // A count of hours after the same word is a duration.
    let text = "Il a passé une garde à vue de 12 heures à Douala.";
    assert_eq!(value_of(text, "2025-03-10", "12 heures"), "PT12H");
}

#[test]
fn a_clock_time_is_on_the_day_its_sentence_or_the_one_before_gives() {
    let text = "Three people were killed on Sunday evening when a grenade exploded at about 9 p.m. in a bar.";
    assert_eq!(value_of(text, "2025-08-19", "about 9 p.m."), "2025-08-17T21:00");
    let text = "Trois personnes ont été tuées dimanche soir. La grenade a explosé vers 21 heures dans un bar.";
    assert_eq!(value_of(text, "2025-08-19", "21 heures"), "2025-08-17T21:00");
    // A day right after it is its day.
    assert_eq!(value_of("The quake struck at 4 a.m. on Sunday.", "2025-08-19", "4 a.m. on Sunday"), "2025-08-17T04:00");
    // With no day given, the document's.
    assert_eq!(value_of("Le couvre-feu commence à 22 heures.", "2025-08-19", "22 heures"), "2025-08-19T22:00");
}

#[test]
fn a_night_between_two_days_is_the_first_day_s_night() {
    let t = times("Des combats ont éclaté dans la nuit de samedi à dimanche près de Goma.", "2025-03-03");
    assert_eq!(t[0], ("la nuit de samedi à dimanche".into(), "TIME".into(), "2025-03-01TNI".into(), None));
    let t = times("Fighting broke out on the night of Saturday to Sunday near Goma.", "2025-03-03");
    assert_eq!(t[0], ("the night of Saturday to Sunday".into(), "TIME".into(), "2025-03-01TNI".into(), None));
    // Two days without the night are two days.
    assert_eq!(times("Il a plu samedi et dimanche.", "2025-03-03").len(), 2);
}

#[test]
fn the_coming_days_are_the_future() {
    assert_eq!(value_of("More rain is expected in the coming days.", "2025-03-03", "the coming days"), "FUTURE_REF");
    assert_eq!(
        value_of("D'autres pluies sont attendues dans les prochains jours.", "2025-03-03", "les prochains jours"),
        "FUTURE_REF"
    );
}

#[test]
fn a_weekday_after_a_participle_is_a_date_whatever_the_tagger_reads() {
    // 2025-03-14 is a Friday.
    let fr = "Quatre villageois ont été tués mardi dans une embuscade, ont indiqué jeudi des sources locales.";
    assert_eq!(value_of(fr, "2025-03-14", "mardi"), "2025-03-11");
    assert_eq!(value_of(fr, "2025-03-14", "jeudi"), "2025-03-13");
    let fr = "Les secours sont arrivés samedi dans la soirée.";
    assert_eq!(value_of(fr, "2025-03-16", "samedi dans la soirée"), "2025-03-15TEV");
    let en = "Two guards were wounded Wednesday in a raid on the depot.";
    assert_eq!(value_of(en, "2025-03-14", "Wednesday"), "2025-03-12");
}

#[test]
fn an_article_before_a_plural_unit_counts_nothing() {
    let t = times("Police ended an hours-long standoff at the bank.", "2025-03-14");
    assert!(t.iter().all(|t| !t.2.contains('1')), "{t:?}");
    assert_eq!(value_of("Les combats ont duré un mois.", "2025-03-14", "un mois"), "P1M");
    assert_eq!(value_of("The siege lasted an hour.", "2025-03-14", "an hour"), "PT1H");
}

#[test]
fn overnight_is_the_night_before_or_the_coming_one() {
    // 2025-03-03 is a Monday.
    assert_eq!(
        value_of("Russian drones struck Kharkiv overnight, officials said.", "2025-03-03", "overnight"),
        "2025-03-02TNI"
    );
    assert_eq!(
        value_of("Des drones ont frappé Kharkiv dans la nuit, selon les autorités.", "2025-03-03", "dans la nuit"),
        "2025-03-02TNI"
    );
    assert_eq!(value_of("Heavy rain is expected overnight in the north.", "2025-03-03", "overnight"), "2025-03-03TNI");
    // "Cette nuit" is the night just gone, or the coming one.
    assert_eq!(
        value_of("La gendarmerie de Saint-Lô a été visée cette nuit par des tirs.", "2025-03-03", "cette nuit"),
        "2025-03-02TNI"
    );
    assert_eq!(
        value_of("De fortes pluies sont attendues cette nuit sur le littoral.", "2025-03-03", "cette nuit"),
        "2025-03-03TNI"
    );
    // A night named by its days is read whole.
    let fr = times("Les combats ont duré dans la nuit de samedi à dimanche.", "2025-03-03");
    assert_eq!(fr.iter().map(|t| t.2.as_str()).collect::<Vec<_>>(), ["2025-03-01TNI"]);
}

#[test]
fn an_hour_of_the_morning_after_a_night_is_on_the_day_the_night_ends() {
    // 2025-03-14 is a Friday.
    let en = "Drones struck the port overnight, officials said. The first hit a warehouse at 2 a.m.";
    assert_eq!(value_of(en, "2025-03-14", "2 a.m."), "2025-03-14T02:00");
    let fr = "Des drones ont frappé le port dans la nuit de mercredi à jeudi. Le premier a touché un entrepôt vers \
              3 heures.";
    assert_eq!(value_of(fr, "2025-03-14", "3 heures"), "2025-03-13T03:00");
    // An evening hour stays on the night's first day.
    let en = "Drones struck the port on Wednesday night. The first hit a warehouse at 11 p.m.";
    assert_eq!(value_of(en, "2025-03-14", "11 p.m."), "2025-03-12T23:00");
}

#[test]
fn a_month_led_by_since_takes_the_day_or_the_year_written_after_it() {
    assert_eq!(
        value_of("The city has been under siege since May 10, 2024, aid groups said.", "2025-10-06", "May 10, 2024"),
        "2024-05-10"
    );
    assert_eq!(
        value_of("Since mid-April 2023, the war has killed thousands.", "2025-10-06", "Since mid-April 2023"),
        "2023-04"
    );
    assert_eq!(
        value_of("Depuis mi-avril 2023, la guerre a fait des milliers de morts.", "2025-10-06", "Depuis mi-avril 2023"),
        "2023-04"
    );
    assert_eq!(
        value_of("Le siège dure depuis le 10 mai 2024, selon des ONG.", "2025-10-06", "10 mai 2024"),
        "2024-05-10"
    );
}

#[test]
fn a_named_part_of_a_relative_day_is_a_time_of_that_day() {
    assert_eq!(
        value_of("The convoy left this morning, the major said.", "2015-06-20", "this morning"),
        "2015-06-20TMO"
    );
    assert_eq!(value_of("The count is due this evening.", "2015-06-20", "this evening"), "2015-06-20TEV");
    assert_eq!(value_of("Ils sont partis ce matin de Gao.", "2015-06-20", "ce matin"), "2015-06-20TMO");
    assert_eq!(value_of("Hier soir, la route a rouvert.", "2015-06-20", "Hier soir"), "2015-06-19TEV");
    // A day alone stays a date.
    assert_eq!(value_of("Yesterday the road reopened.", "2015-06-20", "Yesterday"), "2015-06-19");
}

#[test]
fn a_part_of_the_day_by_itself_is_of_the_day_the_text_speaks_of() {
    // 2025-03-14 is a Friday.
    let t = times("Talks began on Wednesday and resumed in the afternoon.", "2025-03-14");
    assert!(t.iter().any(|t| t.0 == "the afternoon" && t.2 == "2025-03-12TAF"), "{t:?}");
    assert_eq!(value_of("Le bilan ne sera connu que le soir.", "2025-03-14", "le soir"), "2025-03-14TEV");
    assert_eq!(value_of("Le convoi est reparti dans l'après-midi.", "2025-03-14", "l'après-midi"), "2025-03-14TAF");
    let t = times("Les secours sont arrivés mardi en fin de matinée.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("mardi en fin de matinée", "2025-03-11TMO"));
    // Another day's part, or a night, is read elsewhere or not at all.
    assert!(times("The morning of the vote was calm.", "2025-03-14").is_empty());
    assert!(times("Le soir du drame, la rue était vide.", "2025-03-14").is_empty());
}

#[test]
fn an_hour_by_its_name_and_not_a_region() {
    assert_eq!(value_of("Police arrived at noon on Thursday.", "2025-03-14", "noon on Thursday"), "2025-03-13T12:00");
    assert_eq!(value_of("Les tirs ont cessé vers midi, samedi.", "2025-03-13", "midi"), "2025-03-08T12:00");
    assert!(times("Le Midi est placé en vigilance orange.", "2025-03-14").is_empty());
}

#[test]
fn wire_hours_with_a_zone_and_a_day_after_a_bracket() {
    let t = times("The raid began at 5 pm (1600 GMT) on Sunday, police said.", "2025-03-14");
    let values: Vec<&str> = t.iter().map(|t| t.2.as_str()).collect();
    assert_eq!(values, vec!["2025-03-09T17:00", "2025-03-09T16:00", "2025-03-09"]);
    assert_eq!(value_of("Voting closed at 1800GMT.", "2025-03-14", "1800GMT"), "2025-03-14T18:00");
    // A span of seasons is no hour.
    assert!(times("The 2009-2010 season was the wettest.", "2025-03-14").iter().all(|t| !t.2.contains('T')));
    let t = times("Le ferry a accosté vers midi (8 heures en France).", "2025-03-14");
    assert!(t.iter().any(|t| t.0 == "8 heures" && t.1 == "TIME"), "{t:?}");
    assert_eq!(times("La réunion a duré 10 heures.", "2025-03-14")[0].1, "DURATION");
}

#[test]
fn now_in_french_dawn_and_an_hour_mark_after_a_space() {
    assert_eq!(value_of("Le bilan reste inconnu pour l'instant.", "2025-03-14", "pour l'instant"), "PRESENT_REF");
    assert_eq!(value_of("Pour l'heure, le bilan reste inconnu.", "2025-03-14", "Pour l'heure"), "PRESENT_REF");
    assert_eq!(
        value_of("Jusqu'à présent, aucun groupe n'a revendiqué l'attaque.", "2025-03-14", "Jusqu'à présent"),
        "PRESENT_REF"
    );
    assert_eq!(
        value_of("Les soldats ont attaqué dimanche à l'aube.", "2025-03-14", "dimanche à l'aube"),
        "2025-03-09TMO"
    );
    assert_eq!(value_of("Troops moved in at dawn on Sunday.", "2025-03-14", "dawn on Sunday"), "2025-03-09TMO");
    assert_eq!(value_of("Les assaillants sont arrivés vers 2 h, mardi.", "2025-03-14", "2 h"), "2025-03-11T02:00");
    assert_eq!(value_of("Le couvre-feu commence à 23 h 30.", "2025-03-14", "23 h 30"), "2025-03-14T23:30");
    // Without a word leading a clock time, "2 h" may be a length of time.
    assert!(times("Ils ont marché 2 h dans la forêt.", "2025-03-14").iter().all(|t| t.1 != "TIME"));
}

#[test]
fn a_past_weekday_six_days_back_is_the_day_after_the_stamp() {
    // 2025-03-10 is a Monday: copy updated after its stamp tells of Tuesday.
    assert_eq!(value_of("Early Tuesday the prefect put the toll at 7.", "2025-03-10", "Early Tuesday"), "2025-03-11");
    assert_eq!(
        value_of("Mardi matin, le préfet a porté le bilan à 7 morts.", "2025-03-10", "Mardi matin"),
        "2025-03-11TMO"
    );
    // Other days in the past stay in the past.
    assert_eq!(value_of("Rebels seized the town on Saturday.", "2025-03-10", "Saturday"), "2025-03-08");
}

#[test]
fn a_relative_day_of_several_words_keeps_its_day_and_vague_pasts_in_french() {
    // 2025-03-14 is a Friday.
    let t = times(
        "Le train a déraillé lundi. « Ce matin, nous avons retrouvé trois corps », a dit le préfet lundi.",
        "2025-03-14",
    );
    assert!(t.iter().any(|t| t.0 == "Ce matin" && t.2 == "2025-03-14TMO"), "{t:?}");
    assert_eq!(value_of("Les soldats étaient arrivés depuis peu.", "2025-03-14", "depuis peu"), "PAST_REF");
    assert_eq!(value_of("Deux otages avaient été libérés précédemment.", "2025-03-14", "précédemment"), "PAST_REF");
}

#[test]
fn a_part_of_the_day_by_itself_takes_the_day_the_story_tells_of() {
    // 2025-02-28 is a Friday.
    let t = times("Les combats ont commencé mardi. La manifestation a dégénéré en début d'après-midi.", "2025-02-28");
    assert!(t.iter().any(|t| t.0 == "en début d'après-midi" && t.2 == "2025-02-25TAF"), "{t:?}");
    let t = times(
        "Huit personnes ont été tuées jeudi, a indiqué vendredi la commission.\n\nÀ Kisumu, cinq manifestants ont été tués.\n\nÀ Nairobi, la manifestation a dégénéré en début d'après-midi.",
        "2025-02-28",
    );
    assert!(t.iter().any(|t| t.0 == "en début d'après-midi" && t.2 == "2025-02-27TAF"), "{t:?}");
}

#[test]
fn the_weekend_just_gone_and_decades() {
    // 2024-01-04 is a Thursday.
    assert_eq!(value_of("Gunmen seized the migrants over the weekend.", "2024-01-04", "the weekend"), "2023-W52-WE");
    assert_eq!(value_of("Talks will resume over the weekend.", "2024-01-04", "the weekend"), "2024-W01-WE");
    assert_eq!(value_of("Les migrants ont été enlevés ce week-end.", "2024-01-04", "ce week-end"), "2023-W52-WE");
    assert_eq!(value_of("Violence peaked in the 1990s.", "2024-01-04", "1990s"), "199");
    assert_eq!(value_of("Les violences ont culminé dans les années 1990.", "2024-01-04", "années 1990"), "199");
    assert_eq!(value_of("The war began in 1990.", "2024-01-04", "1990"), "1990");
}

#[test]
fn the_french_simple_future_points_a_weekday_forward() {
    // 2025-03-10 is a Monday.
    assert_eq!(value_of("Les manifestants défileront samedi dans la capitale.", "2025-03-10", "samedi"), "2025-03-15");
    assert_eq!(value_of("Le procès reprendra jeudi à Paris.", "2025-03-10", "jeudi"), "2025-03-13");
    assert_eq!(value_of("Le procès a repris jeudi à Paris.", "2025-03-10", "jeudi"), "2025-03-06");
}

#[test]
fn a_day_number_before_a_date_it_runs_to_takes_that_date_s_month() {
    // 2025-06-02 is a Monday.
    let t = times("Le festival s'est tenu du 24 au 26 mai à Nantes.", "2025-06-02");
    assert_eq!(
        t.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect::<Vec<_>>(),
        vec![("24", "2025-05-24"), ("26 mai", "2025-05-26")]
    );
    let t = times("Storms hit the coast from 24 to 26 May.", "2025-06-02");
    assert_eq!(
        t.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect::<Vec<_>>(),
        vec![("24", "2025-05-24"), ("26 May", "2025-05-26")]
    );
    // With weekdays, a night from one to the other.
    let t = times("Un bateau a chaviré dans la nuit de samedi 24 à dimanche 25 mai.", "2025-06-02");
    assert_eq!(t[0], ("la nuit de samedi 24 à dimanche 25 mai".into(), "TIME".into(), "2025-05-24TNI".into(), None));
    let t = times("A boat capsized on the night of Saturday 24 to Sunday 25 May.", "2025-06-02");
    assert_eq!(t[0], ("the night of Saturday 24 to Sunday 25 May".into(), "TIME".into(), "2025-05-24TNI".into(), None));
    // A count before a date is no day: "between 10 and 12" needs the day to be the smaller.
    let t = times("The talks ran from 28 to 3 June.", "2025-06-10");
    assert!(t.iter().all(|t| t.0 != "28"), "{t:?}");
}

#[test]
fn a_duration_counted_back_may_be_qualified_after_il_y_a() {
    assert_eq!(
        value_of("Le village a été attaqué il y a près de deux ans.", "2025-05-19", "il y a près de deux ans"),
        "2023"
    );
    assert_eq!(
        value_of(
            "Une autre embarcation a chaviré il y a tout juste trois jours.",
            "2025-05-19",
            "il y a tout juste trois jours"
        ),
        "2025-05-16"
    );
    assert_eq!(
        value_of("Another boat capsized nearly three days ago.", "2025-05-19", "nearly three days ago"),
        "2025-05-16"
    );
}

#[test]
fn a_clause_told_in_the_past_keeps_its_days_in_the_past_in_a_sentence_about_the_future() {
    // 2025-03-12 is a Wednesday.
    let t = "More protests are expected in the capital, where police shot dead two students on Saturday.";
    assert_eq!(value_of(t, "2025-03-12", "Saturday"), "2025-03-08");
    let t = "De nouvelles manifestations sont attendues dans la capitale, où la police a tué deux étudiants samedi.";
    assert_eq!(value_of(t, "2025-03-12", "samedi"), "2025-03-08");
    // The future clause keeps its coming day.
    let t = "The funeral will take place on Saturday, when the family returns from abroad.";
    assert_eq!(value_of(t, "2025-03-12", "Saturday"), "2025-03-15");
    let t = "Les obsèques auront lieu samedi, lorsque la famille rentrera de l'étranger.";
    assert_eq!(value_of(t, "2025-03-12", "samedi"), "2025-03-15");
}

#[test]
fn hours_of_no_stated_number_are_a_duration() {
    let t = times("The rescuers reached the flooded village within hours.", "2025-03-12");
    assert_eq!(t, vec![("hours".into(), "DURATION".into(), "PTXH".into(), None)]);
    let t = times("Les secouristes ont fouillé les décombres pendant des heures.", "2025-03-12");
    assert_eq!(t, vec![("des heures".into(), "DURATION".into(), "PTXH".into(), None)]);
}

#[test]
fn a_date_that_is_part_of_a_name_is_no_time() {
    let t =
        times("Police dispersed members of the March 9 Student Movement outside the court on Monday.", "2025-03-12");
    assert_eq!(t.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["Monday"]);
    let t = times("Les combattants du Mouvement du 9 mars ont repris la ville lundi.", "2025-03-12");
    assert_eq!(t.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["lundi"]);
    // A date before a name that opens its own phrase is a date.
    let t = times("On March 9 Reuters reported the first clashes.", "2025-03-12");
    assert_eq!(t[0].2, "2025-03-09");
}

#[test]
fn bare_hours_between_two_times_and_a_half_of_the_day_in_french() {
    // 2025-03-14 is a Friday.
    let text = "Les pompiers sont intervenus mercredi entre 03h et 05h du matin.";
    assert_eq!(value_of(text, "2025-03-14", "03h"), "2025-03-12T03:00");
    assert_eq!(value_of(text, "2025-03-14", "05h du matin"), "2025-03-12T05:00");
    assert_eq!(value_of("Le cortège est parti vers 7 h du soir.", "2025-03-14", "7 h du soir"), "2025-03-14T19:00");
    assert_eq!(
        value_of("Le marché a fermé à 4h de l'après-midi.", "2025-03-14", "4h de l'après-midi"),
        "2025-03-14T16:00"
    );
}

#[test]
fn parts_of_the_day_named_by_a_phrase() {
    let text = "La préfecture a levé l'alerte jeudi en fin de journée.";
    assert_eq!(value_of(text, "2025-03-14", "jeudi en fin de journée"), "2025-03-13TEV");
    let text = "Les combats ont repris mardi au petit matin.";
    assert_eq!(value_of(text, "2025-03-14", "mardi au petit matin"), "2025-03-11TMO");
    let text = "The convoy left on Wednesday at nightfall.";
    assert_eq!(value_of(text, "2025-03-14", "Wednesday at nightfall"), "2025-03-12TEV");
}

#[test]
fn the_day_of_the_report_and_the_present_said_in_phrases() {
    assert_eq!(
        value_of("Divers had reached the wreck earlier in the day.", "2025-03-14", "earlier in the day"),
        "2025-03-14"
    );
    assert_eq!(value_of("The pass is closed at the moment.", "2025-03-14", "at the moment"), "PRESENT_REF");
    let text = "Les secours avaient atteint l'épave plus tôt dans la journée.";
    assert_eq!(value_of(text, "2025-03-14", "plus tôt dans la journée"), "2025-03-14");
}

#[test]
fn an_abbreviated_month_with_its_dot_keeps_its_day_after_since() {
    let t = times("Rain has fallen without a break since Feb. 27.", "2025-03-14");
    assert!(t.iter().any(|t| t.0 == "Feb. 27" && t.2 == "2025-02-27"), "{t:?}");
}

#[test]
fn a_month_placed_by_the_year_after_it() {
    let d = "2023-11-02";
    assert_eq!(value_of("The rebels took the port in April last year.", d, "April last year"), "2022-04");
    assert_eq!(value_of("Talks resume in May of next year.", d, "May of next year"), "2024-05");
    assert_eq!(value_of("Les rebelles ont pris le port en avril l'an dernier.", d, "avril l'an dernier"), "2022-04");
    assert_eq!(
        value_of("Les pourparlers reprendront en mai de l'année prochaine.", d, "mai de l'année prochaine"),
        "2024-05"
    );
}

#[test]
fn holidays_on_fixed_dates_are_days_and_no_names() {
    let d = "2024-01-03";
    assert_eq!(value_of("The river burst its banks on Christmas Eve.", d, "Christmas Eve"), "2023-12-24");
    assert_eq!(value_of("La rivière a débordé la veille de Noël.", d, "veille de Noël"), "2023-12-24");
    assert_eq!(value_of("Shops reopened after New Year's Day.", d, "New Year's Day"), "2024-01-01");
    let r = serde_json::to_value(
        extract("Storms hit on Christmas Eve. Christmas Island was spared.", &Options::default()).unwrap(),
    )
    .unwrap();
    let names: Vec<&str> = r["entities"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Christmas Island"]);
}

#[test]
fn a_day_of_every_year_is_a_set() {
    let d = "2024-03-10";
    assert_eq!(value_of("Veterans march every May 8 in the capital.", d, "every May 8"), "XXXX-05-08");
    assert_eq!(value_of("Les anciens combattants défilent chaque 8 mai.", d, "chaque 8 mai"), "XXXX-05-08");
}

#[test]
fn the_present_and_the_last_few_years_in_french() {
    let d = "2024-03-10";
    assert_eq!(value_of("Les ravisseurs réclament maintenant une rançon.", d, "maintenant"), "PRESENT_REF");
    assert_eq!(
        value_of("À l'heure actuelle, aucune victime n'est identifiée.", d, "À l'heure actuelle"),
        "PRESENT_REF"
    );
    assert_eq!(
        value_of("Les crues se sont multipliées durant les dernières années.", d, "dernières années"),
        "PAST_REF"
    );
    assert_eq!(value_of("At present, no victim has been identified.", d, "At present"), "PRESENT_REF");
}

#[test]
fn a_gerund_that_spells_now_is_no_time() {
    let found = times("L'armée a avancé tout en maintenant la pression sur les rebelles.", "2024-03-10");
    assert!(found.is_empty(), "{found:?}");
    let d = "2024-03-10";
    assert_eq!(value_of("Jusqu'à maintenant, aucun otage n'a été libéré.", d, "maintenant"), "PRESENT_REF");
}

#[test]
fn a_relative_day_takes_the_part_of_the_day_after_it() {
    let d = "2025-03-14";
    assert_eq!(value_of("The blast was heard yesterday morning.", d, "yesterday morning"), "2025-03-13TMO");
    assert_eq!(value_of("Les pourparlers reprendront demain soir.", d, "demain soir"), "2025-03-15TEV");
}

#[test]
fn a_weekday_with_its_date_is_that_date() {
    let d = "2025-03-14";
    assert_eq!(value_of("Le parquet a annoncé ce mardi 11 mars une enquête.", d, "mardi 11 mars"), "2025-03-11");
}

#[test]
fn what_is_coming_is_the_future_and_a_weekday_before_a_count_is_still_a_day() {
    let d = "2025-03-14";
    assert_eq!(value_of("Ils seront relogés prochainement.", d, "prochainement"), "FUTURE_REF");
    assert_eq!(
        value_of("D'autres arrivées sont attendues pour les semaines qui viennent.", d, "les semaines qui viennent"),
        "FUTURE_REF"
    );
    assert_eq!(value_of("Last Friday 14 people were killed in a raid.", d, "Last Friday"), "2025-03-07");
    assert_eq!(value_of("Ce samedi 3 soldats ont été tués.", "2025-03-09", "Ce samedi"), "2025-03-08");
    // "la veille sanitaire" is a watch kept, not a day.
    let eve = times("Le ministère a renforcé la veille sanitaire.", d);
    assert!(eve.is_empty(), "{eve:?}");
}

#[test]
fn a_weekday_after_a_claim_about_the_future_is_the_day_it_was_said() {
    // 2025-03-12 is a Wednesday.
    let t = times("« Les chiffres devraient augmenter », ajoutait le bureau de l'ONU samedi soir.", "2025-03-12");
    assert_eq!(t[0].2, "2025-03-08TEV", "{t:?}");
    let t = times("« Le bilan va s'alourdir », avait prévenu dimanche le préfet.", "2025-03-12");
    assert_eq!(t[0].2, "2025-03-09", "{t:?}");
    // A claim about the future alone keeps its day ahead.
    assert_eq!(value_of("Les secours reprendront les recherches samedi.", "2025-03-12", "samedi"), "2025-03-15");
}

#[test]
fn a_part_of_the_day_after_a_date_makes_a_time_of_that_day() {
    let t = times("Le convoi a été attaqué mercredi 5 mars au soir, puis le 6 mars au matin.", "2025-03-12");
    assert_eq!(
        t.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect::<Vec<_>>(),
        vec![("mercredi 5 mars au soir", "2025-03-05TEV"), ("6 mars au matin", "2025-03-06TMO")]
    );
    assert_eq!(
        value_of("The convoy was attacked on March 5 morning.", "2025-03-12", "March 5 morning"),
        "2025-03-05TMO"
    );
}

#[test]
fn weekdays_in_the_plural_are_sets() {
    let en = times("The market is held on Tuesdays and concerts on Friday nights. Two suns, the SATs.", "2025-03-12");
    assert_eq!(
        en.iter().map(|t| (t.0.as_str(), t.1.as_str(), t.2.as_str())).collect::<Vec<_>>(),
        vec![("Tuesdays", "SET", "XXXX-WXX-2"), ("Friday nights", "SET", "XXXX-WXX-5TNI")]
    );
    let fr = times("Le marché se tient les mardis, les concerts tous les vendredis et les lundis soir.", "2025-03-12");
    assert_eq!(fr.iter().map(|t| t.2.as_str()).collect::<Vec<_>>(), vec!["XXXX-WXX-2", "XXXX-WXX-5", "XXXX-WXX-1TEV"]);
    // One weekday's night stays that day's.
    assert_eq!(value_of("It rained on Monday night.", "2025-03-12", "Monday night"), "2025-03-10TNI");
}

#[test]
fn plural_weekdays_that_name_or_count_are_no_sets_and_a_bare_day_part_must_end_the_phrase() {
    let en = times("Buses run on Mondays and Thursdays.", "2025-03-12");
    assert_eq!(en.iter().map(|t| t.2.as_str()).collect::<Vec<_>>(), vec!["XXXX-WXX-1", "XXXX-WXX-4"], "{en:?}");
    let en = times("The Fridays played on Saturday. Two Sundays ago it rained.", "2025-03-12");
    assert!(en.iter().all(|t| t.1 != "SET"), "{en:?}");
    let fr = times("Les Mardis de l'Histoire reprennent. Les samedis 8 et 15 mars, il a plu.", "2025-03-12");
    assert!(fr.iter().all(|t| t.1 != "SET"), "{fr:?}");
    let en = times("On March 5 evening classes resumed.", "2025-03-12");
    assert_eq!(en[0].0, "March 5", "{en:?}");
    // What follows the verb of speech's clause keeps its own tense.
    let fr = times("« Les prix vont augmenter », a prévenu le préfet, avant le vote de dimanche.", "2025-03-12");
    assert_eq!(fr[0].2, "2025-03-16", "{fr:?}");
}

#[test]
fn the_day_before_counts_from_the_day_the_story_told_of() {
    // 2025-03-14 is a Friday: Wednesday is the 12th.
    let en = "Gunmen attacked the village on Wednesday. The day before, soldiers had left the area. The next day, \
              residents fled.";
    assert_eq!(value_of(en, "2025-03-14", "The day before"), "2025-03-11");
    assert_eq!(value_of(en, "2025-03-14", "The next day"), "2025-03-13");
    let fr = "Des hommes armés ont attaqué le village mercredi. La veille au soir, les soldats avaient quitté \
              la zone. Le lendemain, les habitants ont fui.";
    assert_eq!(value_of(fr, "2025-03-14", "La veille au soir"), "2025-03-11TEV");
    assert_eq!(value_of(fr, "2025-03-14", "Le lendemain"), "2025-03-13");
}

#[test]
fn the_day_before_with_no_day_told_counts_from_the_document_date() {
    assert_eq!(
        value_of("The previous day, the bridge had been closed.", "2025-03-14", "The previous day"),
        "2025-03-13"
    );
    assert_eq!(value_of("La veille, le pont avait été fermé.", "2025-03-14", "La veille"), "2025-03-13");
    // A day after in a story told in the past is not the day after the report.
    assert_eq!(value_of("He died the next day.", "2025-03-14", "the next day"), "XXXX-XX-XX");
    assert_eq!(value_of("Il a succombé le lendemain.", "2025-03-14", "le lendemain"), "XXXX-XX-XX");
    // Nor is a day after a year.
    assert_eq!(
        value_of("In 2019, the bridge collapsed. The next day, the mayor resigned.", "2025-03-14", "The next day"),
        "XXXX-XX-XX"
    );
}

#[test]
fn days_counted_from_the_story_follow_each_other() {
    // 2025-03-14 is a Friday: Monday is the 10th.
    let t = times(
        "Rebels attacked the town on Monday. The next day, they looted the market. The next day, they withdrew.",
        "2025-03-14",
    );
    let values: Vec<&str> = t.iter().map(|t| t.2.as_str()).collect();
    assert_eq!(values, ["2025-03-10", "2025-03-11", "2025-03-12"], "{t:?}");
}

#[test]
fn the_day_before_an_event_is_no_date_of_its_own() {
    let en = times(
        "The day before the vote, police arrested twelve people. The day before Roth was stopped, he \
                    wrote to his son. The previous day's raid killed five people.",
        "2025-03-14",
    );
    assert!(en.iter().all(|t| !t.0.contains("day before")), "{en:?}");
    let fr = times(
        "La veille du scrutin, la police a arrêté douze personnes. Le lendemain de l'attaque, \
                    l'armée est arrivée.",
        "2025-03-14",
    );
    assert!(fr.iter().all(|t| !t.0.contains("veille") && !t.0.contains("lendemain")), "{fr:?}");
}

#[test]
fn the_early_morning_hours_are_a_part_of_the_day_told_of() {
    // 2025-03-14 is a Friday: Tuesday is the 11th.
    let t = times(
        "Gunmen attacked the village on Tuesday. The first shots were heard during the early morning hours.",
        "2025-03-14",
    );
    assert_eq!(t[1].0, "the early morning hours", "{t:?}");
    assert_eq!(t[1].2, "2025-03-11TMO", "{t:?}");
    // With the day after them, the day says it; hours with no lead stay a duration.
    let t = times("Police arrived during the early hours of Sunday. Rescuers worked for hours.", "2025-03-14");
    assert!(t.iter().all(|t| t.0 != "the early hours" && t.2 != "2025-03-14TMO"), "{t:?}");
    assert!(t.iter().any(|t| t.0 == "hours" && t.2 == "PTXH"), "{t:?}");
    let t = times(
        "Des hommes armés ont attaqué le village mardi. Les tirs ont commencé dans les premières heures de la matinée.",
        "2025-03-14",
    );
    assert_eq!(t.iter().map(|t| t.2.as_str()).collect::<Vec<_>>(), ["2025-03-11", "2025-03-11TMO"], "{t:?}");
}

#[test]
fn the_middle_of_a_part_of_the_day() {
    assert_eq!(
        value_of("Le préfet est arrivé mardi en milieu de matinée.", "2024-03-06", "mardi en milieu de matinée"),
        "2024-03-05TMO"
    );
    assert_eq!(
        value_of(
            "Les secours sont repartis jeudi en milieu d'après-midi.",
            "2024-03-08",
            "jeudi en milieu d'après-midi"
        ),
        "2024-03-07TAF"
    );
    assert_eq!(
        value_of("The prefect arrived on Tuesday mid-morning.", "2024-03-06", "Tuesday mid-morning"),
        "2024-03-05TMO"
    );
}

#[test]
fn a_part_of_the_day_after_a_weekday_and_a_preposition_is_a_time_of_that_day() {
    // 2024-03-08 is a Friday.
    let t = times("Ils ont été enlevés jeudi dans la nuit près de Tillabéri.", "2024-03-08");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("jeudi dans la nuit", "2024-03-07TNI"));
    let t = times("Il est arrivé mardi dans l'après-midi à Ségou.", "2024-03-08");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("mardi dans l'après-midi", "2024-03-05TAF"));
    let t = times("They were seized on Thursday in the morning near Kaduna.", "2024-03-08");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("Thursday in the morning", "2024-03-07TMO"));
    // Alone, "dans la nuit" is the night just gone.
    assert_eq!(value_of("Des tirs ont été entendus dans la nuit.", "2024-03-08", "dans la nuit"), "2024-03-07TNI");
}

#[test]
fn a_month_s_short_name_read_as_a_number_or_a_verb_is_no_month() {
    assert!(times("Il y a eu sept passants blessés et huit gendarmes.", "2024-03-08").is_empty());
    assert!(times("Huit gendarmes et sept passants ont été blessés.", "2024-03-08").is_empty());
    assert!(times("Officials said that may change.", "2024-03-08").is_empty());
    assert_eq!(value_of("Le scrutin a eu lieu en sept. 2023.", "2024-03-08", "sept. 2023"), "2023-09");
}

#[test]
fn the_bare_last_day_of_a_range_after_a_month_and_day_is_a_date_of_that_month() {
    let t = "Raids on the villages went on from October 5 to 17, aid workers said.";
    assert_eq!(value_of(t, "2008-10-25", "17"), "2008-10-17");
    let t = "Between March 2 and 9, the river rose by three metres.";
    assert_eq!(value_of(t, "2025-03-14", "9"), "2025-03-09");
    // A figure reached on a day is no day, nor a number before a noun.
    let t = "The number of dead climbed on March 4 to 23, the ministry said.";
    assert!(times(t, "2025-03-14").iter().all(|x| x.0 != "23"));
    // A number before a noun counts: "and 17 people" is no day.
    let t = "The first raid came on October 5 and 17 people were killed in it.";
    assert!(times(t, "2008-10-25").iter().all(|x| x.0 != "17"));
    // Day first, as French writes it, the first day takes the month after it.
    let t = "Les pillages ont duré du 5 au 17 octobre, selon des humanitaires.";
    assert_eq!(value_of(t, "2008-10-25", "5"), "2008-10-05");
}

#[test]
fn a_weekday_with_its_date_says_which_year_whatever_the_tense() {
    // 9 June 2018 was a Saturday; the clause's future tense does not move it to 2019.
    let t = "Le maire a annoncé, samedi 9 juin, que les écoles rouvriront la semaine prochaine.";
    assert_eq!(value_of(t, "2018-06-11", "samedi 9 juin"), "2018-06-09");
    let t = "The mayor said on Saturday, June 9, that schools will reopen next week.";
    assert_eq!(value_of(t, "2018-06-11", "Saturday, June 9"), "2018-06-09");
    // With no weekday, the tense still leans.
    let t = "Les élections auront lieu le 9 juin.";
    assert_eq!(value_of(t, "2018-06-11", "9 juin"), "2019-06-09");
    // A weekday that fits neither year is a slip: the date and the tense decide.
    let t = "The rally took place on Monday, May 12.";
    assert_eq!(value_of(t, "2024-05-20", "Monday, May 12"), "2024-05-12");
    let t = "Le scrutin s'est tenu lundi 3 juin 2018.";
    assert!(times(t, "2018-06-04").iter().all(|x| x.2.starts_with("2018")), "{:?}", times(t, "2018-06-04"));
}

#[test]
fn a_part_of_the_day_of_a_date_is_a_time_of_that_day() {
    let t = "Gunmen raided the village on the afternoon of 14 March 2023, residents said.";
    assert_eq!(value_of(t, "2023-03-16", "the afternoon of 14 March 2023"), "2023-03-14TAF");
    let t = "Les pillards ont frappé dans la matinée du 14 mars.";
    assert_eq!(value_of(t, "2023-03-16", "la matinée du 14 mars"), "2023-03-14TMO");
    // Each part of a range its own: the evening of one day to the morning of another.
    let t = "Le couvre-feu court du soir du 14 mars au matin du 16 mars.";
    let all = times(t, "2023-03-16");
    assert!(all.iter().any(|x| x.2 == "2023-03-14TEV") && all.iter().any(|x| x.2 == "2023-03-16TMO"), "{all:?}");
    // A paper's name is no part of the day.
    let t = "Le chiffre a été publié par Le Soir du 14 mars.";
    assert!(times(t, "2023-03-16").iter().all(|x| !x.2.contains('T')), "{:?}", times(t, "2023-03-16"));
    // "the morning of the attack" names no date.
    let t = "The morning of the attack was calm, residents said.";
    assert!(times(t, "2022-12-26").iter().all(|x| !x.2.contains("TMO")), "{:?}", times(t, "2022-12-26"));
}

#[test]
fn a_word_placing_a_time_early_or_late_in_its_day_is_inside_its_extent() {
    // 2025-03-14 is a Friday.
    let t = times("Gunmen stormed the market early Tuesday, the army said.", "2025-03-14");
    assert_eq!(t[0], ("early Tuesday".into(), "DATE".into(), "2025-03-11".into(), Some("START".into())));
    let t = times("The minister left late yesterday.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("late yesterday", "2025-03-13"));
    let t = times("Tôt ce matin, des hommes armés ont attaqué le poste.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("Tôt ce matin", "2025-03-14TMO"));
    let t = times("Les secours sont arrivés tard mardi soir.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].3.as_deref()), ("tard mardi soir", Some("END")));
    // A comparison, a choice or a copula makes the word no edge of the day.
    let t = times("It was too late Monday to change the ballots.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].3.as_deref()), ("Monday", None));
    let t = times("Flights were late Monday because of fog.", "2025-03-14");
    assert_eq!(t[0].0, "Monday");
    let t = times("Le gouvernement doit répondre plus tard mardi.", "2025-03-14");
    assert_eq!(t[0].0, "mardi");
}

#[test]
fn an_approximator_before_an_amount_of_time_is_inside_its_extent_with_its_modifier() {
    let t = times("The siege of the town hall lasted more than seven hours.", "2025-03-14");
    assert_eq!(t[0], ("more than seven hours".into(), "DURATION".into(), "PT7H".into(), Some("MORE_THAN".into())));
    let t = times("The mine closed nearly four years ago.", "2025-03-14");
    assert_eq!(
        (t[0].0.as_str(), t[0].2.as_str(), t[0].3.as_deref()),
        ("nearly four years ago", "2021", Some("LESS_THAN"))
    );
    let t = times("The reporter had been held for about a decade.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].3.as_deref()), ("about a decade", Some("APPROX")));
    let t = times("Les négociations ont duré environ deux ans.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str(), t[0].3.as_deref()), ("environ deux ans", "P2Y", Some("APPROX")));
    let t = times("Les pompiers ont lutté pendant plus de dix heures.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].3.as_deref()), ("plus de dix heures", Some("MORE_THAN")));
    let t = times("Le convoi a attendu près d'une heure à la frontière.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].3.as_deref()), ("près d'une heure", Some("LESS_THAN")));
    // Only before a number: "over" the weekend stays a preposition.
    let t = times("Talks went on over the weekend.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].3.as_deref()), ("the weekend", None));
}

#[test]
fn a_clock_time_and_its_day_side_by_side_are_one_time() {
    // 2025-03-14 is a Friday.
    let t = times("The depot caught fire at 9 p.m. on Wednesday, firefighters said.", "2025-03-14");
    assert_eq!(
        (t.len(), t[0].0.as_str(), t[0].1.as_str(), t[0].2.as_str()),
        (1, "9 p.m. on Wednesday", "TIME", "2025-03-12T21:00")
    );
    let t = times("Voting closed on Thursday at 7 pm in most districts.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("Thursday at 7 pm", "2025-03-13T19:00"));
    let t = times("Le dépôt a pris feu mercredi à 21 heures, selon les pompiers.", "2025-03-14");
    assert_eq!((t.len(), t[0].0.as_str(), t[0].2.as_str()), (1, "mercredi à 21 heures", "2025-03-12T21:00"));
    let t = times("Les bureaux de vote ont fermé vers 19 heures jeudi.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("19 heures jeudi", "2025-03-13T19:00"));
    // A clock time and another day stay two.
    let t = times("The curfew starts at 8 pm and ends on Saturday.", "2025-03-14");
    assert_eq!(t.len(), 2, "{t:?}");
}

#[test]
fn a_count_of_periods_back_is_a_duration_not_a_vague_past() {
    let t = times("Floods this severe have not been seen in the past thirty years.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("the past thirty years", "P30Y"), "{t:?}");
    let t = times("Such floods were rare in the past, farmers said.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("in the past", "PAST_REF"));
    let t = times("The rate is now 40 percent.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("now", "PRESENT_REF"));
    let t = times("C'est la pire crue de ces trente dernières années.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("ces trente dernières années", "P30Y"), "{t:?}");
    let t = times("Il a plu sans arrêt au cours des quatre derniers jours.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("quatre derniers jours", "P4D"), "{t:?}");
    let t = times("Le convoi partira dans les deux prochaines semaines.", "2025-03-14");
    assert_eq!(t[0].2, "P2W", "{t:?}");
}

#[test]
fn the_word_saying_which_way_a_date_lies_is_inside_its_extent() {
    let t = times("Le barrage a cédé le 9 février dernier.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("9 février dernier", "2025-02-09"));
    let t = times("Le procès s'ouvrira le 2 juin prochain.", "2025-03-14");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str()), ("2 juin prochain", "2025-06-02"));
    // A participle after the date is no direction.
    let t = times("Le 3 mars passé en garde à vue, le suspect a été libéré le lendemain.", "2025-03-14");
    assert_eq!(t[0].0, "3 mars", "{t:?}");
}

#[test]
fn minutes_and_seconds_are_durations() {
    let t = times("The tremor lasted about forty seconds and the aftershock a few minutes.", "2025-03-14");
    let got: Vec<(&str, &str)> = t.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(got, vec![("about forty seconds", "PT40S"), ("a few minutes", "PTXM")]);
    let t = times("La secousse a duré une quarantaine de secondes, la suivante 3 minutes.", "2025-03-14");
    assert!(t.iter().any(|t| t.0 == "3 minutes" && t.2 == "PT3M"), "{t:?}");
    // Not an ordinal, not a record.
    assert!(times("A second blast hit the depot.", "2025-03-14").is_empty());
    assert!(times("The minutes of the council were published.", "2025-03-14").is_empty());
    assert!(times("Une seconde explosion a touché le dépôt.", "2025-03-14").is_empty());
}

#[test]
fn each_end_of_a_range_of_days_and_hours_keeps_its_own_day() {
    let t = times("The assault lasted from Thursday 10 p.m. to Friday 2 a.m., officials said.", "2025-03-16");
    let values: Vec<&str> = t.iter().map(|t| t.2.as_str()).collect();
    assert_eq!(values, ["2025-03-13T22:00", "2025-03-14T02:00"], "{t:?}");
    let t = times("L'assaut s'est déroulé entre jeudi 22H00 et vendredi 02H00, selon les autorités.", "2025-03-16");
    let values: Vec<&str> = t.iter().map(|t| t.2.as_str()).collect();
    assert_eq!(values, ["2025-03-13T22:00", "2025-03-14T02:00"], "{t:?}");
}

#[test]
fn since_the_start_of_the_current_period_is_that_period_with_its_edge() {
    let t = times("Some 300 people have died in the province since the beginning of the year.", "2025-06-11");
    assert_eq!((t[0].2.as_str(), t[0].3.as_deref()), ("2025", Some("START")));
    let t = times("Le camp accueille 4 000 déplacés depuis le début du mois, selon la préfecture.", "2025-06-11");
    assert_eq!((t[0].0.as_str(), t[0].2.as_str(), t[0].3.as_deref()), ("le début du mois", "2025-06", Some("START")));
    // Not a period the words after it name, nor one a story told before may be.
    for (text, wrong) in [
        ("Les combats durent depuis la fin de l'année dernière.", "2025"),
        ("Les pluies tombent depuis le début du mois de mai.", "2025-06"),
        ("Since the beginning of the year-long siege, 300 people have died.", "2025"),
        ("In 2023, floods killed 40 people. At the end of the year, the toll had risen to 4,000.", "2025"),
    ] {
        assert!(times(text, "2025-06-11").iter().all(|t| t.2 != wrong), "{text}");
    }
}

#[test]
fn that_year_is_not_the_current_one() {
    let t = times("En 2012, une tempête avait tué 80 personnes. Cette année-là, la récolte fut perdue.", "2025-06-11");
    assert!(t.iter().all(|t| t.2 != "2025"), "{t:?}");
    assert_eq!(value_of("Cette année, la récolte est bonne.", "2025-06-11", "Cette année"), "2025");
}

#[test]
fn a_clock_time_with_a_dot_before_a_half_of_the_day() {
    assert_eq!(
        value_of("The shelling began at 9.15 p.m. on Sunday.", "2025-06-10", "9.15 p.m. on Sunday"),
        "2025-06-08T21:15"
    );
    assert_eq!(value_of("The blast came at 6.45am on Monday.", "2025-06-10", "6.45am on Monday"), "2025-06-09T06:45");
    // An hour past noon is no morning's or evening's.
    let all = times("The blast came at 13.30pm.", "2025-06-10");
    assert!(all.iter().all(|t| !t.0.contains("13.30")), "{all:?}");
    // A decimal alone is no time.
    let all = times("Prices rose 8.30 percent in May.", "2025-06-10");
    assert!(all.iter().all(|t| !t.0.contains("8.30")), "{all:?}");
}

#[test]
fn a_page_with_no_date_of_its_own_takes_the_full_date_its_opening_sets_in_the_present() {
    let r = |text: &str| {
        let out = extract(text, &Options::default()).unwrap();
        serde_json::to_value(out).unwrap()
    };
    let fr = "Incendie dans un entrepôt\n\nCe mardi 3 mars 2026, vers 4h, un incendie s'est déclaré dans un entrepôt. Dimanche, la police avait fermé la rue.";
    let out = r(fr);
    assert_eq!(out["document_date"], "2026-03-03");
    assert!(out["times"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["text"]["text"] == "Dimanche" && t["value"] == "2026-03-01"));
    let en = "Fire at a warehouse\n\nThis Tuesday, March 3, 2026, a fire broke out at a warehouse.";
    assert_eq!(r(en)["document_date"], "2026-03-03");
    // Nor a day remembered, nor one since which something goes on.
    for text in [
        "Un an après\n\nCe 11 septembre 2001 qui a changé le monde reste dans les mémoires. Lundi, une cérémonie aura lieu.",
        "Un an de guerre\n\nDepuis ce 7 octobre 2023, des milliers de personnes ont fui. Jeudi, les combats ont repris.",
    ] {
        assert!(r(text)["document_date"].is_null(), "{text}");
    }
    // A year or a month after a demonstrative is no day.
    for text in
        ["Inondations\n\nCette année 2002 reste dans les mémoires.", "Floods\n\nThis March 2024 storm was the worst."]
    {
        assert!(r(text)["document_date"].is_null(), "{text}");
    }
    // A past date is no page's date.
    let fr = "Incendie\n\nLe 1er janvier 2019, un incendie avait détruit le bar. Mardi, la police a fermé la rue.";
    assert!(r(fr)["document_date"].is_null());
}

#[test]
fn a_weekday_after_a_short_french_future_is_the_next_one() {
    assert_eq!(value_of("Une autre réunion aura lieu dimanche.", "2025-06-10", "dimanche"), "2025-06-15");
    assert_eq!(value_of("Dimanche, la police a fermé la rue.", "2025-06-10", "Dimanche"), "2025-06-08");
}

#[test]
fn a_month_of_the_same_year_takes_the_year_named_last() {
    let fr =
        "En 2011, un pont s'était effondré à Kindia. En mars de la même année, la préfecture avait fermé 40 ponts.";
    assert_eq!(value_of(fr, "2023-07-24", "mars de la même année"), "2011-03");
    let en = "In 2011, a bridge collapsed in Kindia. In March of that year, officials closed 40 bridges.";
    assert_eq!(value_of(en, "2023-07-24", "March of that year"), "2011-03");
    // Without such words, a month is read against the report's date.
    let en = "In 2011, a bridge collapsed in Kindia. In March, officials closed 40 bridges.";
    assert_eq!(value_of(en, "2023-07-24", "March"), "2023-03");
}

#[test]
fn ce_jour_is_today_and_a_day_with_la_is_the_story_s() {
    let fr = "Le préfet condamne les actes commis à Kumba ce jour.";
    assert_eq!(value_of(fr, "2025-03-14", "ce jour"), "2025-03-14");
    // "ce jour-là", "ce soir-là": that day of the story, not today.
    let all = times("Ce jour-là, il pleuvait. Ce soir-là, il neigeait.", "2025-03-14");
    assert!(all.iter().all(|t| t.2 != "2025-03-14"), "{all:?}");
}

#[test]
fn a_month_after_an_elided_de_is_a_month_and_le_mois_is_no_duration() {
    assert_eq!(value_of("Les pluies d'avril ont été fortes.", "2025-06-10", "avril"), "2025-04");
    let fr = "Onze bergers ont disparu le mois d'août.";
    assert_eq!(value_of(fr, "2025-06-10", "août"), "2024-08");
    assert!(times(fr, "2025-06-10").iter().all(|t| t.1 != "DURATION"), "{:?}", times(fr, "2025-06-10"));
    let fr = "Onze bergers ont disparu au mois d'août.";
    assert!(times(fr, "2025-06-10").iter().all(|t| t.1 != "DURATION"), "{:?}", times(fr, "2025-06-10"));
    // Counted, it is one.
    assert_eq!(value_of("Il a plu pendant des mois.", "2025-06-10", "des mois"), "PXM");
    assert_eq!(value_of("It rained for months.", "2025-06-10", "months"), "PXM");
}

#[test]
fn with_no_page_date_a_weekday_and_day_take_the_year_written_elsewhere_that_fits() {
    let values = |text: &str| -> Vec<String> {
        let r = serde_json::to_value(extract(text, &Options::default()).unwrap()).unwrap();
        r["times"].as_array().unwrap().iter().map(|t| t["value"].as_str().unwrap().to_string()).collect()
    };
    // 9 March 2022 was a Wednesday, 5 March 2021 a Friday.
    let fr = "Le barrage vu du ciel, le 9 mars 2022.\n\nLa digue a cédé mercredi 9 mars.";
    assert_eq!(values(fr), vec!["2022-03-09", "2022-03-09"]);
    let en = "Floods hit the region on 3 March 2021.\n\nOn Friday, March 5, rescuers found two bodies.";
    assert_eq!(values(en)[1], "2021-03-05");
    // No weekday, or one that the year does not give: an archive photo's year is not taken.
    let en = "FILE PHOTO: A view of the city, November 14, 1992.\n\nOn November 13, police found the bodies.";
    assert_eq!(values(en)[1], "XXXX-11-13");
    let fr = "Vue de Naples, le 22 octobre 2003.\n\nDes familles réfugiées dans une école, samedi 19 octobre.";
    assert_eq!(values(fr)[1], "XXXX-10-19");
}

#[test]
fn a_clock_time_with_no_day_is_not_on_a_deadline_s_day() {
    // 2025-02-28 is a Friday: the storm struck that day; the alert runs until Saturday.
    let en = "Two people died on Friday as the storm hit, and the island stays on alert until Saturday.\n\n\
              \u{201c}Toll at 6:30 pm: two dead,\u{201d} the prefecture wrote.";
    assert_eq!(value_of(en, "2025-02-28", "6:30 pm"), "2025-02-28T18:30");
    let fr = "Deux personnes sont mortes vendredi au passage de la tempête, et l'île reste en alerte jusqu'à \
              samedi.\n\n« Bilan à 18h30 : deux morts », a écrit la préfecture.";
    assert_eq!(value_of(fr, "2025-02-28", "18h30"), "2025-02-28T18:30");
}

#[test]
fn at_this_point_in_french_is_the_present() {
    assert_eq!(value_of("Aucune victime n'est à déplorer à ce stade.", "2025-02-28", "à ce stade"), "PRESENT_REF");
}

#[test]
fn the_end_of_an_overnight_clock_range_is_the_next_day() {
    let fr = "Le préfet a imposé dès vendredi un couvre-feu nocturne de 22H00 à 06H00.";
    assert_eq!(value_of(fr, "2025-03-13", "22H00"), "2025-03-14T22:00");
    assert_eq!(value_of(fr, "2025-03-13", "06H00"), "2025-03-15T06:00");
    let en = "The governor ordered a curfew from 10 p.m. to 6 a.m. across the island.";
    assert_eq!(value_of(en, "2025-03-13", "6 a.m."), "2025-03-14T06:00");
    // A range within one day stays on it.
    assert_eq!(value_of("Polling stations are open from 7 a.m. to 6 p.m.", "2025-03-13", "6 p.m."), "2025-03-13T18:00");
}

#[test]
fn a_postponements_new_date_lies_ahead() {
    let fr = "Les heurts ont éclaté après que le scrutin a été reporté au 12 novembre.";
    assert_eq!(value_of(fr, "2025-03-13", "12 novembre"), "2025-11-12");
    let en = "The clashes are the first since the vote was postponed to November 12.";
    assert_eq!(value_of(en, "2025-03-13", "November 12"), "2025-11-12");
    // A postponement told of, in a sentence of the past, leaves its days in the past.
    let fr = "Un étudiant est mort lors des heurts qui ont eu lieu vendredi, en réaction au report du scrutin.";
    assert_eq!(value_of(fr, "2025-03-15", "vendredi"), "2025-03-14");
}

#[test]
fn recent_times_are_a_vague_past() {
    assert_eq!(value_of("Raids have grown common in recent times.", "2025-03-13", "in recent times"), "PAST_REF");
    assert_eq!(
        value_of("Les raids se sont multipliés ces derniers temps.", "2025-03-13", "ces derniers temps"),
        "PAST_REF"
    );
}

#[test]
fn hours_ago_are_the_day_of_writing_and_a_few_hours_ago_a_vague_past() {
    assert_eq!(value_of("The raid ended 6 hours ago.", "2025-03-13", "6 hours ago"), "2025-03-13");
    assert_eq!(value_of("Le raid a pris fin il y a 6 heures.", "2025-03-13", "il y a 6 heures"), "2025-03-13");
    assert_eq!(value_of("Rescuers left a few hours ago.", "2025-03-13", "a few hours ago"), "PAST_REF");
    assert_eq!(
        value_of("Les secours sont partis il y a quelques heures.", "2025-03-13", "il y a quelques heures"),
        "PAST_REF"
    );
    // Without "ago", a duration.
    assert_eq!(value_of("The search lasted a few hours.", "2025-03-13", "a few hours"), "PTXH");
}

#[test]
fn a_clock_time_told_in_the_past_is_on_the_day_the_story_tells_of() {
    // 2025-03-17 is a Monday.
    let en = "Gunmen attacked a wedding party in the village on Sunday afternoon.\n\nThe police arrived an hour later.\n\nThe shooting, which began around 3:20 p.m., lasted ten minutes.";
    assert_eq!(value_of(en, "2025-03-17", "around 3:20 p.m."), "2025-03-16T15:20");
    let fr = "Des hommes armés ont attaqué un mariage dimanche après-midi.\n\nLa police est arrivée une heure plus tard.\n\nLes tirs, qui ont commencé vers 15 h 20, ont duré dix minutes.";
    assert_eq!(value_of(fr, "2025-03-17", "15 h 20"), "2025-03-16T15:20");
}

#[test]
fn a_clock_time_in_the_small_hours_after_an_evening_is_on_the_next_day() {
    // 2025-03-17 is a Monday.
    let fr = "Des heurts ont commencé samedi soir près de la gare.\n\nDes vitrines ont été brisées.\n\nLe calme a été rétabli vers 01h15.";
    assert_eq!(value_of(fr, "2025-03-17", "01h15"), "2025-03-16T01:15");
    let en = "Clashes started near the station on Saturday evening.\n\nShop windows were smashed.\n\nCalm returned at 1:30 a.m.";
    assert_eq!(value_of(en, "2025-03-17", "1:30 a.m."), "2025-03-16T01:30");
}

#[test]
fn next_as_an_adjective_in_a_past_clause_does_not_make_it_future() {
    // 2025-03-16 is a Sunday.
    let fr = "Les échauffourées ont commencé samedi soir, peu après la victoire du club en vue du prochain championnat d'Europe.";
    assert_eq!(value_of(fr, "2025-03-16", "samedi soir"), "2025-03-15TEV");
    let en = "Scuffles started on Saturday night, soon after the club won a place in the next European cup.";
    assert_eq!(value_of(en, "2025-03-16", "Saturday night"), "2025-03-15TNI");
}

#[test]
fn mid_afternoon_needs_no_article() {
    let en = "The fire broke out mid-afternoon near the fuel depot, officials said.";
    assert_eq!(value_of(en, "2024-01-17", "mid-afternoon"), "2024-01-17TAF");
}

#[test]
fn the_day_before_counts_from_a_day_the_story_is_on_not_from_now_or_a_start() {
    // 2023-01-10 is a Tuesday.
    let fr = "Depuis dimanche, des miliciens attaquent la région. Pour l'instant, aucun bilan n'est donné. Les corps de douze civils, tués la veille, ont été retrouvés.";
    assert_eq!(value_of(fr, "2023-01-10", "la veille"), "2023-01-09");
    let en = "Since Sunday, militiamen have raided the area. For now, no toll has been given. The bodies of twelve civilians, killed the day before, were found.";
    assert_eq!(value_of(en, "2023-01-10", "the day before"), "2023-01-09");
}

#[test]
fn an_opening_set_this_afternoon_of_a_dated_day_dates_the_page() {
    let fr = "Des échauffourées opposent cet après-midi du mercredi 10 janvier 2024 jeunes et policiers.\n\nLa veille au soir, la police avait dispersé un rassemblement.";
    let mut options = Options::default();
    options.set_language("fr").unwrap();
    let r = serde_json::to_value(extract(fr, &options).unwrap()).unwrap();
    assert_eq!(r["document_date"], "2024-01-10");
    let all: Vec<(String, String)> = r["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["text"]["text"].as_str().unwrap().to_string(), t["value"].as_str().unwrap().to_string()))
        .collect();
    assert!(all.contains(&("cet après-midi".into(), "2024-01-10TAF".into())), "{all:?}");
    let en = "Scuffles broke out this afternoon of Wednesday, January 10, 2024, in the town.";
    let r = serde_json::to_value(extract(en, &Options::default()).unwrap()).unwrap();
    assert_eq!(r["document_date"], "2024-01-10");
}

#[test]
fn apres_midi_written_without_its_hyphen_is_the_afternoon() {
    let fr = "Les tirs ont repris dans l'après midi près du marché.";
    assert_eq!(value_of(fr, "2024-05-02", "l'après midi"), "2024-05-02TAF");
}

#[test]
fn the_day_of_a_statement_told_in_the_past_stays_past_whatever_it_reports() {
    // 2023-09-12 is a Tuesday.
    let en = "The relief agency's director had on Monday told reporters the toll was 150 and expected to rise.";
    assert_eq!(value_of(en, "2023-09-12", "Monday"), "2023-09-11");
    let fr = "Le ministre a déclaré lundi que le bilan devrait encore s'alourdir.";
    assert_eq!(value_of(fr, "2023-09-12", "lundi"), "2023-09-11");
    // What it reports keeps its future.
    let fr = "Le ministre a annoncé que les élections auront lieu lundi.";
    assert_eq!(value_of(fr, "2023-09-12", "lundi"), "2023-09-18");
}

#[test]
fn a_part_of_the_day_written_with_its_own_lead_is_read_whole() {
    let date = "2024-09-18";
    assert_eq!(
        value_of("Les secours ont repris les recherches en fin de journée.", date, "en fin de journée"),
        "2024-09-18TEV"
    );
    assert_eq!(
        value_of("La route a été rouverte en milieu de journée.", date, "en milieu de journée"),
        "2024-09-18TMI"
    );
    assert_eq!(value_of("La route a été rouverte en fin de matinée.", date, "en fin de matinée"), "2024-09-18TMO");
    assert_eq!(
        value_of("Rescuers resumed the search late in the afternoon.", date, "late in the afternoon"),
        "2024-09-18TAF"
    );
    // "journée" alone is the whole day, no part of it.
    assert!(times("La journée a été calme dans la capitale.", date).is_empty());
}

#[test]
fn that_day_is_the_day_the_story_last_told_of() {
    let en = "Farmers marched on Monday, March 3. Two of them died that day, and police held eight on the same day.";
    assert_eq!(value_of(en, "2025-03-06", "that day"), "2025-03-03");
    assert_eq!(value_of(en, "2025-03-06", "the same day"), "2025-03-03");
    let fr =
        "Les paysans ont marché lundi 3 mars. Deux d'entre eux sont morts au cours de cette journée, et huit ont été \
              arrêtés le même jour.";
    assert_eq!(value_of(fr, "2025-03-06", "cette journée"), "2025-03-03");
    assert_eq!(value_of(fr, "2025-03-06", "le même jour"), "2025-03-03");
    // With no day told before, the day is unknown, not the page's.
    assert_eq!(value_of("Two of them died that day.", "2025-03-06", "that day"), "XXXX-XX-XX");
}

#[test]
fn presentement_is_the_present() {
    assert_eq!(value_of("Présentement, la route reste coupée.", "2025-03-06", "Présentement"), "PRESENT_REF");
}

#[test]
fn a_bare_hour_that_opens_a_range_shares_the_half_and_the_day_of_the_hour_that_closes_it() {
    // 2025-03-14 is a Friday.
    let en = "The shooting went on from 4 to 5pm on Tuesday, police said.";
    assert_eq!(value_of(en, "2025-03-14", "4"), "2025-03-11T16:00");
    assert_eq!(value_of(en, "2025-03-14", "5pm on Tuesday"), "2025-03-11T17:00");
    // "from 11 to 1pm": the first hour is of the morning.
    assert_eq!(value_of("Voting ran from 11 to 1pm on Tuesday.", "2025-03-14", "11"), "2025-03-11T11:00");
    let fr = "Les tirs ont duré entre 16 et 17 heures mardi, selon la police.";
    assert_eq!(value_of(fr, "2025-03-14", "16"), "2025-03-11T16:00");
    assert_eq!(value_of("Le couvre-feu a couru de 2h à 4h.", "2025-03-14", "2h"), "2025-03-14T02:00");
    // A count of people is no hour.
    assert!(times("Between 2 and 4 people were hurt at 5pm.", "2025-03-14").iter().all(|t| t.0 != "2"));
    assert!(times("Entre 2 et 4 personnes ont été blessées.", "2025-03-14").is_empty());
}

#[test]
fn a_full_stop_after_a_half_of_the_day_is_no_part_of_it() {
    let all = times("The blast came at 4am.", "2025-03-14");
    assert_eq!(all[0].0, "4am");
    assert_eq!(times("The blast came at 4 a.m.", "2025-03-14")[0].0, "4 a.m.");
}

#[test]
fn days_counted_later_or_earlier_are_counted_from_the_day_the_story_told_of() {
    // 2025-03-14 is a Friday; the story's day is Monday the 10th.
    let en = "Gunmen attacked the village on Monday. Two days later, troops arrived.";
    assert_eq!(value_of(en, "2025-03-14", "Two days later"), "2025-03-12");
    let fr = "Des hommes armés ont attaqué le village lundi. Deux jours plus tard, l'armée est arrivée.";
    assert_eq!(value_of(fr, "2025-03-14", "Deux jours plus tard"), "2025-03-12");
    let fr = "L'attaque a eu lieu lundi. Trois jours auparavant, une bombe avait explosé.";
    assert_eq!(value_of(fr, "2025-03-14", "Trois jours auparavant"), "2025-03-07");
    // A day looked back to is no day for a later clock time to be on.
    let fr =
        "Un élu a affirmé que l'alerte avait été lancée cinq jours plus tôt.\n\n18h40 La pluie a repris sur la ville.";
    assert_eq!(value_of(fr, "2025-03-14", "18h40"), "2025-03-14T18:40");
    // "after" with its object counts from that, which has no day here: a duration.
    let all = times("Five days after the vote, he resigned.", "2025-03-14");
    assert_eq!((all[0].0.as_str(), all[0].2.as_str()), ("Five days", "P5D"));
    let all = times("Cinq jours après le scrutin, il a démissionné.", "2025-03-14");
    assert_eq!((all[0].0.as_str(), all[0].2.as_str()), ("Cinq jours", "P5D"));
}
