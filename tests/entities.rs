//! Entities, named for the behaviour, on sentences written in the styles of wire reports.

use reportage::model::{Entity, EntityType};
use reportage::{analyse, Options};

fn entities(text: &str) -> Vec<(Entity, Vec<String>)> {
    let doc = analyse(text, &Options::default()).unwrap();
    doc.entities
        .iter()
        .map(|e| (e.clone(), e.mentions.iter().map(|m| m.of(doc.text()).to_string()).collect()))
        .collect()
}

fn find(text: &str, name: &str) -> (Entity, Vec<String>) {
    let all = entities(text);
    all.iter().find(|(e, _)| e.name == name).cloned().unwrap_or_else(|| {
        panic!("no entity {name:?} in {:?}", all.iter().map(|(e, _)| (&e.name, e.entity_type)).collect::<Vec<_>>())
    })
}

#[test]
fn a_defined_acronym_is_an_alias_of_the_full_name() {
    let text = "The Sudan Doctors Network (SDN) said on Monday that 14 people had died. The SDN blamed shelling.";
    let (e, mentions) = find(text, "Sudan Doctors Network");
    assert_eq!(e.entity_type, EntityType::Org);
    assert_eq!(e.aliases, vec!["SDN"]);
    assert_eq!(mentions.len(), 3);
    // The name before the acronym does not reach back past the verb of another clause.
    let text = "The Kassala Residents Committee announced that the Popular Defence Brigades (PDB) shelled the town.";
    assert_eq!(find(text, "Popular Defence Brigades").0.aliases, vec!["PDB"]);
    let text = "Le Comité des habitants a indiqué que le Front populaire de libération (FPL) tenait la ville.";
    assert_eq!(find(text, "Front populaire de libération").0.aliases, vec!["FPL"]);
}

#[test]
fn a_full_name_in_brackets_after_a_short_one_is_the_organisation_s() {
    let text = "L'attaque a été attribuée au groupe armé Fodeli (Front pour la défense de Lubero).";
    assert_eq!(find(text, "Front pour la défense de Lubero").0.entity_type, EntityType::Org);
    assert!(entities(text).iter().all(|(e, _)| e.entity_type != EntityType::Gpe), "{:?}", entities(text));
    let text = "Fighters of the SDF (Syrian Democratic Forces) took the town on Monday.";
    assert_eq!(find(text, "Syrian Democratic Forces").0.entity_type, EntityType::Org);
    // A place in brackets after a place is no organisation.
    assert_eq!(find("Police in Paris (France) arrested two men.", "France").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_french_organisation_in_lower_case_defines_its_acronym() {
    let text = "Le Réseau des médecins soudanais (RMS) a fait état de 14 morts. Le RMS accuse les paramilitaires.";
    let (e, mentions) = find(text, "Réseau des médecins soudanais");
    assert_eq!(e.entity_type, EntityType::Org);
    assert_eq!(mentions, vec!["Réseau des médecins soudanais", "RMS", "RMS"]);
}

#[test]
fn well_known_acronyms_in_either_language_are_one_organisation() {
    let text = "Selon l'OSDH, les frappes ont fait 12 morts. The SOHR later revised the toll.";
    let (e, mentions) = find(text, "Syrian Observatory for Human Rights");
    assert_eq!(mentions, vec!["OSDH", "SOHR"]);
    assert!(e.aliases.contains(&"OSDH".to_string()));
}

#[test]
fn surname_and_possessive_are_mentions_of_the_full_name_with_its_title() {
    let text =
        "Prime Minister Keir Starmer arrived in Kyiv on Monday. Starmer's aides said the visit had been kept secret.";
    let (e, mentions) = find(text, "Keir Starmer");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(e.roles, vec!["Prime Minister"]);
    assert_eq!(mentions, vec!["Keir Starmer", "Starmer"]);
}

#[test]
fn a_nationality_before_a_title_is_part_of_the_role_and_a_group_mention() {
    let text = "Talks were led by Turkish Foreign Minister Hakan Fidan in Ankara.";
    let (e, _) = find(text, "Hakan Fidan");
    assert_eq!(e.roles, vec!["Turkish Foreign Minister"]);
    assert_eq!(find(text, "Turkish").0.entity_type, EntityType::Norp);
}

#[test]
fn roles_in_apposition_after_and_before_the_name() {
    let en = "\u{201c}We need access now,\u{201d} said Amina Yusuf, head of the Nyala emergency room, on Tuesday.";
    assert_eq!(find(en, "Amina Yusuf").0.roles, vec!["head of the Nyala emergency room"]);
    let fr = "Le porte-parole du ministère, Jean-Marc Dufour, a démenti ces informations.";
    assert_eq!(find(fr, "Jean-Marc Dufour").0.roles, vec!["porte-parole du ministère"]);
}

#[test]
fn name_particles_stay_inside_names() {
    let text =
        "Crown Prince Mohammed bin Salman received Ursula von der Leyen and Abu Mohammed al-Jolani was not invited.";
    for name in ["Mohammed bin Salman", "Ursula von der Leyen", "Abu Mohammed al-Jolani"] {
        assert_eq!(find(text, name).0.entity_type, EntityType::Person, "{name}");
    }
}

#[test]
fn an_unknown_name_after_in_is_a_place_not_a_person() {
    let text = "Clashes erupted in Deir Hafer, east of Aleppo, and near Tal Rifaat on Sunday.";
    assert_eq!(find(text, "Deir Hafer").0.entity_type, EntityType::Gpe);
    assert_eq!(find(text, "Tal Rifaat").0.entity_type, EntityType::Gpe);
}

#[test]
fn areas_around_places_are_locations() {
    let text = "Shelling hit villages in Idlib province and across northern Syria.";
    assert_eq!(find(text, "Idlib province").0.entity_type, EntityType::Loc);
    assert_eq!(find(text, "northern Syria").0.entity_type, EntityType::Loc);
    assert_eq!(find(text, "Syria").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_capitalised_direction_of_a_country_is_a_part_of_it() {
    let text =
        "Deux soldats ont été tués mardi dans l'Est du Tchad, selon l'armée, et trois autres dans le Nord du Niger.";
    assert_eq!(find(text, "Est du Tchad").0.entity_type, EntityType::Loc);
    assert_eq!(find(text, "Nord du Niger").0.entity_type, EntityType::Loc);
    assert_eq!(find(text, "Chad").0.entity_type, EntityType::Gpe);
    assert!(entities(text).iter().all(|(e, _)| e.name != "Est" && e.name != "Nord"));
    let text = "Floods closed roads across the East of England on Sunday, the Environment Agency said.";
    assert_eq!(find(text, "East of England").0.entity_type, EntityType::Loc);
    // Without an article it says where from the place; a town has no such parts.
    assert!(entities("North of Kabul, fighters attacked a checkpoint.")
        .iter()
        .all(|(e, _)| e.name != "North of Kabul"));
    assert!(entities("Des tirs ont été entendus dans l'Est de Lyon.").iter().all(|(e, _)| e.name != "Est de Lyon"));
    // In lower case the direction is a common noun, and only the country is named.
    let text = "Des affrontements ont éclaté dans le nord du Burkina Faso.";
    assert!(entities(text).iter().all(|(e, _)| !e.name.starts_with("nord")));
}

#[test]
fn festivals_are_no_places_and_faiths_are_groups() {
    let text = "The bomber struck a mosque in Kunduz on the first day of Eid al-Adha.";
    assert_eq!(find(text, "Eid al-Adha").0.entity_type, EntityType::Misc);
    let text = "Le kamikaze a frappé une mosquée de Kunduz pendant le ramadan, au premier jour de Pâques.";
    assert!(entities(text).iter().all(|(e, _)| e.entity_type != EntityType::Gpe || e.name != "Pâques"));
    let text = "Gunmen attacked a Sunni mosque and a Christian school in the north.";
    for (e, _) in entities(text) {
        assert_ne!(e.entity_type, EntityType::Gpe, "{}", e.name);
    }
    // A person or a place named with a feast's word keeps its type.
    assert_eq!(find("Ramadan Kadyrov's men took the village.", "Ramadan Kadyrov").0.entity_type, EntityType::Person);
    // A place named after a feast keeps its type.
    assert_eq!(find("Christmas Island lies south of Java.", "Christmas Island").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_capital_acting_for_its_state_is_an_alias_of_the_country() {
    let en = "The deal was brokered by Ankara. Washington accused Tehran of arming the group.";
    let (turkey, m) = find(en, "Turkey");
    assert_eq!((turkey.aliases, m), (vec!["Ankara".to_string()], vec!["Ankara".to_string()]));
    assert!(find(en, "United States").0.aliases.contains(&"Washington".to_string()));
    let fr = "Moscou a dénoncé une provocation.";
    assert_eq!(find(fr, "Russia").1, vec!["Moscou"]);
}

#[test]
fn a_capital_as_a_place_stays_a_city() {
    let text = "Thousands marched in Moscow on Saturday.";
    assert_eq!(find(text, "Moscow").0.entity_type, EntityType::Gpe);
}

#[test]
fn upper_case_photo_credits_are_title_cased_people() {
    let text = "Aid trucks cross into Gaza\n\nTrucks wait at the Rafah crossing on May 2, 2025. (MOHAMMED ABED / AFP)\n\nThe convoy moved at dawn.";
    let (e, mentions) = find(text, "Mohammed Abed");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(mentions, vec!["MOHAMMED ABED"]);
    assert_eq!(find(text, "AFP").0.entity_type, EntityType::Org);
}

#[test]
fn groups_and_nationalities_in_both_languages() {
    let en = "Rebels and their Turkish allies advanced as Kurdish fighters withdrew.";
    assert_eq!(find(en, "rebels").0.entity_type, EntityType::Norp);
    let fr = "Les jihadistes et les rebelles syriens ont progressé.";
    assert_eq!(find(fr, "jihadistes").0.entity_type, EntityType::Norp);
    assert_eq!(find(fr, "Syrian").1, vec!["syriens"]);
    // A people's noun that is not its adjective names the same nationality.
    let en = "Two Danes and a Briton were among the climbers rescued on Sunday.";
    assert_eq!(find(en, "Danish").0.entity_type, EntityType::Norp);
    assert_eq!(find(en, "British").1, vec!["Briton"]);
}

#[test]
fn sentence_openers_compound_adjectives_and_generic_acronyms_are_not_entities() {
    let all =
        entities("According to a UK-based NGO, the convoy was hit. Later, officials said TV crews were turned back.");
    let names: Vec<_> = all.iter().map(|(e, _)| e.name.as_str()).collect();
    assert!(names.iter().all(|n| !["According", "UK-based", "NGO", "Later", "TV"].contains(n)), "{names:?}");
}

#[test]
fn the_regime_of_a_named_ruler_is_a_mention_of_him() {
    let text = "Rebels fought the regime of President Nicolas Maduro for years. The regime denied it.";
    let (e, mentions) = find(text, "Nicolas Maduro");
    assert_eq!(mentions, vec!["regime", "Nicolas Maduro", "regime"]);
    assert_eq!(e.roles, vec!["President"]);
}

#[test]
fn conll_scores_on_the_shipped_wire_samples_stay_above_a_floor() {
    use reportage::eval::{parse_conll, score_ner};
    for (file, floor) in [("wire-en.conll", 0.85), ("wire-fr.conll", 0.75)] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ner").join(file);
        let docs = parse_conll(&std::fs::read_to_string(path).unwrap()).unwrap();
        let f1 = score_ner(&docs, &Options::default())["ALL"].prf().2;
        assert!(f1 >= floor, "{file}: F1 {f1:.3} below {floor}");
    }
}

#[test]
fn a_name_with_of_or_for_inside_is_an_organisation_not_a_person() {
    let text = "Aid was sent by the High Commission for Displaced People in the region.";
    assert_eq!(find(text, "High Commission for Displaced People").0.entity_type, EntityType::Org);
    let text = "Tents were handed out by the Directorate for Migration Management on Friday.";
    assert_eq!(find(text, "Directorate for Migration Management").0.entity_type, EntityType::Org);
}

#[test]
fn a_ministry_named_after_a_group_is_not_a_person() {
    let all = entities("Selon le ministère de la Santé du Hamas, le bilan s'alourdit.");
    assert!(
        all.iter().all(|(e, _)| e.entity_type != EntityType::Person),
        "{:?}",
        all.iter().map(|(e, _)| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_first_name_that_is_also_a_place_still_starts_a_person() {
    let text = "Defence Minister Israel Katz said the operation would widen. Katz spoke in Jerusalem.";
    let (e, mentions) = find(text, "Israel Katz");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(mentions, vec!["Israel Katz", "Katz"]);
    assert!(entities(text).iter().all(|(e, _)| e.name != "Israel"));
}

#[test]
fn an_acronym_followed_by_another_form_is_still_defined() {
    let text = "Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM en arabe) a revendiqué l'attaque. Le GSIM est affilié à Al-Qaïda.";
    let (e, mentions) = find(text, "Groupe de soutien à l'islam et aux musulmans");
    assert_eq!(e.aliases, vec!["GSIM"]);
    assert_eq!(mentions.len(), 3);
}

#[test]
fn a_description_opening_the_sentence_is_not_part_of_the_name() {
    let text = "Centrist Nicusor Dan won the runoff. Dan thanked his voters.";
    let (e, mentions) = find(text, "Nicusor Dan");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(mentions, vec!["Nicusor Dan", "Dan"]);
}

#[test]
fn a_name_defining_an_acronym_is_an_organisation() {
    let text = "Results came from the Central Electoral Bureau (BEC) on Monday.";
    let (e, _) = find(text, "Central Electoral Bureau");
    assert_eq!((e.entity_type, e.aliases), (EntityType::Org, vec!["BEC".to_string()]));
    let plain = "The Permanent Electoral Authority Office said little.";
    assert_eq!(find(plain, "Permanent Electoral Authority Office").0.entity_type, EntityType::Org);
}

#[test]
fn an_unknown_name_after_a_settlement_noun_and_of_is_a_place() {
    let fr = "Les combats ont éclaté autour de la colline de Mubambiro, puis dans la localité de Kanyabayonga.";
    assert_eq!(find(fr, "Mubambiro").0.entity_type, EntityType::Gpe);
    assert_eq!(find(fr, "Kanyabayonga").0.entity_type, EntityType::Gpe);
    let en = "Fighting broke out on the hill of Mubambiro and later reached the town of Kanyabayonga.";
    assert_eq!(find(en, "Mubambiro").0.entity_type, EntityType::Gpe);
    assert_eq!(find(en, "Kanyabayonga").0.entity_type, EntityType::Gpe);
    let en = "The blast hit the provincial capital, Tarin Kowt, on Tuesday.";
    assert_eq!(find(en, "Tarin Kowt").0.entity_type, EntityType::Gpe);
    let fr = "L'explosion a frappé la capitale provinciale, Tarin Kowt, mardi.";
    assert_eq!(find(fr, "Tarin Kowt").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_first_name_after_an_opening_phrase_and_before_a_verb_is_a_person() {
    // The phrase before the comma says where; the name after it does something.
    let en = "Near the market, Peter counted the bodies laid out on the pavement.";
    assert_eq!(find(en, "Peter").0.entity_type, EntityType::Person);
    let fr = "Près du marché, Pierre compte les corps alignés sur le trottoir.";
    assert_eq!(find(fr, "Pierre").0.entity_type, EntityType::Person);
    let fr = "Dans le village, Ahmed creuse une tombe pour son frère.";
    assert_eq!(find(fr, "Ahmed").0.entity_type, EntityType::Person);
}

#[test]
fn one_name_after_the_noun_of_an_institution_names_the_institution() {
    let fr = "Les blessés ont été transportés à l'hôpital Kivuli, selon Jean Kamau.";
    assert_eq!(find(fr, "Kivuli").0.entity_type, EntityType::Org);
    let fr = "Le groupe Méridien, qui emploie des centaines de salariés, a fermé son usine.";
    assert_eq!(find(fr, "Méridien").0.entity_type, EntityType::Org);
    // Adjectives may stand between, and the name may also be a first name.
    let fr = "D'après l'agence officielle Rahimi, trente blessés sont hospitalisés.";
    assert_eq!(find(fr, "Rahimi").0.entity_type, EntityType::Org);
    // Nor a person who is the subject of a clause after the noun.
    let en = "Prosecutors told the court Ahmed had planned the attack for months.";
    assert_eq!(find(en, "Ahmed").0.entity_type, EntityType::Person);
    // After a role, the name is the person holding it.
    let fr = "Le porte-parole du gouvernement Muyaya a démenti ces informations.";
    assert_eq!(find(fr, "Muyaya").0.entity_type, EntityType::Person);
    // So is a first name and the surname after it.
    let en = "Survivors were taken to the hospital Mary Otieno runs in the town.";
    assert_eq!(find(en, "Mary Otieno").0.entity_type, EntityType::Person);
}

#[test]
fn first_names_of_many_countries_count_for_that_rule() {
    // Not only the common English names: West African, Maghrebi and Turkish ones too, and
    // a verb the tagger read as an adjective before its object.
    let fr = "Au bord de la route, Aminata essuie ses larmes avec un pagne.";
    assert_eq!(find(fr, "Aminata").0.entity_type, EntityType::Person);
    let fr = "Devant la mosquée, Mamadou sèche ses mains.";
    assert_eq!(find(fr, "Mamadou").0.entity_type, EntityType::Person);
    let en = "Outside the clinic, Abimbola waited for word from her brother.";
    assert_eq!(find(en, "Abimbola").0.entity_type, EntityType::Person);
    let en = "At the edge of the camp, Souleymane counted the tents still standing.";
    assert_eq!(find(en, "Souleymane").0.entity_type, EntityType::Person);
    // A place the gazetteer knows stays a place.
    let fr = "Dans l'est du pays, Goma reste sous la menace des rebelles.";
    assert_eq!(find(fr, "Goma").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_person_named_after_a_role_and_the_place_it_serves_is_apart_from_the_place() {
    let fr = "Le gouverneur de la province du Sankuru Rémy Lukusa a visité les sinistrés.";
    assert_eq!(find(fr, "Sankuru").0.entity_type, EntityType::Gpe);
    assert_eq!(find(fr, "Rémy Lukusa").0.entity_type, EntityType::Person);
    let en = "The deputy governor of the province of Kwilu Remy Mbala visited the survivors.";
    assert_eq!(find(en, "Kwilu").0.entity_type, EntityType::Gpe);
    assert_eq!(find(en, "Remy Mbala").0.entity_type, EntityType::Person);
    // With no role before it, a first name inside a place's name stays in the place.
    let en = "Rescuers reached the village of Santa Maria Tecoh on Sunday.";
    assert_eq!(find(en, "Santa Maria Tecoh").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_name_set_off_after_a_local_office_is_the_office_holder() {
    let fr = "Le bourgmestre de la commune de Kivuye, Jean-Marie Ndayizeye, a confirmé le bilan.";
    assert_eq!(find(fr, "Jean-Marie Ndayizeye").0.entity_type, EntityType::Person);
    let fr = "L'administrateur du territoire de Walikale, Paul Mbusa, a demandé des renforts.";
    assert_eq!(find(fr, "Paul Mbusa").0.entity_type, EntityType::Person);
    let en = "The administrator of Walikale territory, Paul Mbusa, asked for more troops.";
    assert_eq!(find(en, "Paul Mbusa").0.entity_type, EntityType::Person);
}

#[test]
fn a_name_after_a_lower_case_natural_feature_is_the_feature_not_the_country() {
    let fr = "Une pirogue a chaviré sur le fleuve Niger, puis une autre près du lac Tchad.";
    assert_eq!(find(fr, "fleuve Niger").0.entity_type, EntityType::Loc);
    assert_eq!(find(fr, "lac Tchad").0.entity_type, EntityType::Loc);
    assert!(entities(fr).iter().all(|(e, _)| e.entity_type != EntityType::Gpe), "{:?}", entities(fr));
    let en = "A canoe capsized on the river Niger, and another near lake Chad.";
    assert_eq!(find(en, "river Niger").0.entity_type, EntityType::Loc);
    assert_eq!(find(en, "lake Chad").0.entity_type, EntityType::Loc);
}

#[test]
fn a_settlement_named_after_its_noun_is_a_place_even_with_a_first_name_or_an_elided_article() {
    let en = "Militants overran the town of Ali Gabow and then the village of Pont-d'Orange on Friday.";
    assert_eq!(find(en, "Ali Gabow").0.entity_type, EntityType::Gpe);
    assert_eq!(find(en, "Pont-d'Orange").0.entity_type, EntityType::Gpe);
    let fr = "Le bateau a quitté une plage de Zitouna avant l'aube.";
    assert_eq!(find(fr, "Zitouna").0.entity_type, EntityType::Gpe);
    let fr = "Les miliciens ont pris la ville d'Ali Gabow puis le village de Pont-d'Orange vendredi.";
    assert_eq!(find(fr, "Ali Gabow").0.entity_type, EntityType::Gpe);
    assert_eq!(find(fr, "Pont-d'Orange").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_name_before_a_lower_case_region_noun_is_that_region() {
    let en = "Troops moved into the Lower Juba region and Haiti's Artibonite department.";
    assert_eq!(find(en, "Lower Juba").0.entity_type, EntityType::Gpe);
    assert_eq!(find(en, "Artibonite").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_short_name_in_brackets_after_an_organisation_is_an_organisation() {
    let fr = "Les résultats ont été publiés par la Commission électorale nationale autonome (Cena) jeudi.";
    assert_eq!(find(fr, "Cena").0.entity_type, EntityType::Org);
    let en = "The results were published by the Independent National Electoral Commission (Inec) on Thursday.";
    assert_eq!(find(en, "Inec").0.entity_type, EntityType::Org);
}

#[test]
fn a_word_with_no_capital_is_never_a_name() {
    let text = "La préfecture a annoncé la fermeture des écoles, et la mairie a ouvert un gymnase.";
    assert!(entities(text).iter().all(|(e, _)| e.name.chars().any(char::is_uppercase)), "{:?}", entities(text));
}

#[test]
fn an_unknown_name_after_near_and_of_is_a_place_and_civil_defence_an_organisation() {
    let fr = "Une frappe a touché des tentes près de Khan Younès, selon la Défense civile.";
    assert_eq!(find(fr, "Khan Younès").0.entity_type, EntityType::Gpe);
    assert_eq!(find(fr, "Civil Defence").0.entity_type, EntityType::Org);
    let en = "A strike hit tents outside of Khan Younis, the Civil Defence said.";
    assert_eq!(find(en, "Khan Younis").0.entity_type, EntityType::Gpe);
    assert_eq!(find(en, "Civil Defence").0.entity_type, EntityType::Org);
}

#[test]
fn a_platform_is_no_place_and_a_name_ending_in_an_area_noun_is_an_area() {
    let en = "Governor Ivan Petrov said on Telegram that drones hit the Kursk Region overnight.";
    let telegram = find(en, "Telegram").0;
    assert_eq!(telegram.entity_type, EntityType::Org);
    assert_ne!(find(en, "Kursk Region").0.entity_type, EntityType::Org);
    let fr = "Le gouverneur a indiqué sur Telegram que des drones avaient frappé la région de Koursk.";
    assert_eq!(find(fr, "Telegram").0.entity_type, EntityType::Org);
}

#[test]
fn a_name_only_a_title_case_headline_gives_is_dropped() {
    let en = "Nine Hurt in Raid on Customs Depot in Herat\n\nGunmen raided the customs depot in Herat on Tuesday, wounding nine guards.";
    let names: Vec<String> = entities(en).iter().map(|(e, _)| e.name.clone()).collect();
    assert!(!names.iter().any(|n| n.contains("Raid") || n.contains("Customs Depot")), "{names:?}");
    assert!(names.iter().any(|n| n == "Herat"), "{names:?}");
    let fr = "Six Morts Dans Une Attaque Contre Le Bureau Des Renseignements à Jalalabad\n\nDes insurgés ont attaqué samedi le bureau des renseignements à Jalalabad, tuant six personnes.";
    let names: Vec<String> = entities(fr).iter().map(|(e, _)| e.name.clone()).collect();
    assert!(!names.iter().any(|n| n.contains("Bureau Des")), "{names:?}");
}

#[test]
fn a_tagged_name_inside_a_known_longer_one_is_one_entity() {
    let text = "The Islamic State group is also active in the province.";
    let all = entities(text);
    let islamic: Vec<_> = all.iter().filter(|(e, _)| e.name.contains("Islamic")).collect();
    assert_eq!(islamic.len(), 1, "{all:?}");
    assert_eq!(islamic[0].0.entity_type, EntityType::Org);
    let fr = "Le groupe État islamique reste actif dans la province.";
    let all = entities(fr);
    assert_eq!(all.iter().filter(|(e, _)| e.name == "Islamic State").count(), 1, "{all:?}");
}

#[test]
fn a_ministry_written_in_lower_case_before_its_name_is_one_organisation() {
    let fr = "Selon le ministère des Affaires étrangères, trois diplomates ont été expulsés.";
    assert_eq!(find(fr, "ministère des Affaires étrangères").0.entity_type, EntityType::Org);
    let fr = "Face au ministère de la Santé, des soignants se sont rassemblés.";
    assert_eq!(find(fr, "ministère de la Santé").0.entity_type, EntityType::Org);
    let en = "The ministry of Health said twelve people had died.";
    assert_eq!(find(en, "ministry of Health").0.entity_type, EntityType::Org);
    // Other nouns are not institutions: "le centre de Tunis" is a place.
    assert_eq!(
        find("Des milliers de personnes ont défilé dans le centre de Tunis.", "Tunis").0.entity_type,
        EntityType::Gpe
    );
}

#[test]
fn initials_and_abbreviated_words_stay_inside_names() {
    let en = "Captain Mary-Jo K. Lindqvist said the ferry had left St. Lucia on Friday.";
    assert_eq!(find(en, "Mary-Jo K. Lindqvist").0.entity_type, EntityType::Person);
    assert_eq!(find(en, "St. Lucia").0.entity_type, EntityType::Gpe);
    let fr = "Le maire de St. Louis, Jean P. Martin, a annoncé la fermeture des écoles.";
    assert_eq!(find(fr, "Jean P. Martin").0.entity_type, EntityType::Person);
    assert_eq!(find(fr, "St. Louis").0.entity_type, EntityType::Gpe);
}

#[test]
fn a_name_ending_in_an_organisation_noun_is_no_person() {
    let en = "\"Nothing was found,\" said Northern Islands Police spokeswoman Maria Oduya.";
    assert_eq!(find(en, "Northern Islands Police").0.entity_type, EntityType::Org);
    assert_eq!(find(en, "Maria Oduya").0.entity_type, EntityType::Person);
    let en = "\"The road is closed,\" said Rift Valley Police spokesman Tom Abara.";
    assert_eq!(find(en, "Rift Valley Police").0.entity_type, EntityType::Org);
    let fr = "« La route est coupée », a déclaré le porte-parole de la police du Nord-Kivu, Paul Kahindo.";
    assert_eq!(find(fr, "Nord-Kivu").0.entity_type, EntityType::Gpe);
    assert_eq!(find(fr, "Paul Kahindo").0.entity_type, EntityType::Person);
}

#[test]
fn a_title_with_a_nationality_after_it_is_the_person_s_role() {
    let r = serde_json::to_value(reportage::extract(
        "Trois naufragés ont été récupérés, a expliqué l'amiral italien Fabio Moretti. Deux canots « ont été repérés au large », a ajouté l'amiral.",
        &reportage::Options::default(),
    ).unwrap()).unwrap();
    let person = r["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Fabio Moretti").unwrap();
    assert_eq!(person["roles"][0], "amiral italien");
    let speaker = &r["quotes"][0]["speaker"];
    assert_eq!(speaker["entity"], person["id"]);
}

#[test]
fn a_name_after_a_role_noun_or_with_a_role_after_it_is_a_person() {
    let text = "\"The road is cut,\" senior official Ameer Khattak told AFP. Khattak said 31 people had died. \
                \"Nine patients are in surgery,\" Rafiq Ul Hadi, deputy director of the clinic, said.";
    let (e, mentions) = find(text, "Ameer Khattak");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(mentions, vec!["Ameer Khattak", "Khattak"]);
    assert_eq!(find(text, "Rafiq Ul Hadi").0.entity_type, EntityType::Person);
    let text = "« La route est coupée », a déclaré le porte-parole Seydou Ouedraogo Kaboré. \
                Issa Zongo Sawadogo, porte-parole de la gendarmerie, a confirmé l'attaque.";
    assert_eq!(find(text, "Seydou Ouedraogo Kaboré").0.entity_type, EntityType::Person);
    assert_eq!(find(text, "Issa Zongo Sawadogo").0.entity_type, EntityType::Person);
    // An organisation keeps its type after a role noun.
    let text = "The official Tanjung News Agency reported that 12 people were missing.";
    assert_eq!(find(text, "Tanjung News Agency").0.entity_type, EntityType::Org);
}

#[test]
fn a_name_with_an_age_in_apposition_is_a_person() {
    let text = "Tarwa, a 37-year-old farmer, said the soldiers came at night.";
    assert_eq!(find(text, "Tarwa").0.entity_type, EntityType::Person);
    let text = "Ouedra, 29, said the boats had gone.";
    assert_eq!(find(text, "Ouedra").0.entity_type, EntityType::Person);
    let text = "Selon Kessou Diarra, 41 ans, les tirs ont duré une heure.";
    assert_eq!(find(text, "Kessou Diarra").0.entity_type, EntityType::Person);
    // A known place keeps its type.
    let text = "Homs, 32 kilometres away, was shelled.";
    assert_ne!(find(text, "Homs").0.entity_type, EntityType::Person);
}

#[test]
fn a_name_after_a_region_s_noun_and_of_is_the_region() {
    let fr = "Des frappes ont visé la capitale et la province d'Oudalan mercredi.";
    assert!(matches!(find(fr, "Oudalan").0.entity_type, EntityType::Gpe | EntityType::Loc));
    let en = "Air strikes hit the capital and the province of Oudalan on Wednesday.";
    assert!(matches!(find(en, "Oudalan").0.entity_type, EntityType::Gpe | EntityType::Loc));
    // A capitalised noun opens an organisation's name instead.
    assert_eq!(find("The Department of Defense said so.", "Department of Defense").0.entity_type, EntityType::Org);
}

#[test]
fn a_title_of_courtesy_after_a_role_in_apposition_names_the_person_holding_it() {
    let (e, _) = find("La ministre des Sports, Mme Aminata Diallo, a visité le site.", "Aminata Diallo");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(e.roles, vec!["ministre des Sports"]);
    let (e, _) = find("The transport minister, Mr John Banda, visited the site.", "John Banda");
    assert_eq!(e.entity_type, EntityType::Person);
}

#[test]
fn a_title_with_a_list_of_complements_is_one_role() {
    let (e, _) = find(
        "La ministre de la Famille, de l'Enfance et des Sports, Mme Aminata Diallo, a visité le site.",
        "Aminata Diallo",
    );
    assert_eq!(e.roles, vec!["ministre de la Famille, de l'Enfance et des Sports"]);
    let (e, _) = find("The minister of health, of welfare and of sport, Peter Mwale, visited the site.", "Peter Mwale");
    assert_eq!(e.roles, vec!["minister of health, of welfare and of sport"]);
    // Longer than ten words with its complements, no longer than ten before the first comma.
    let (e, _) = find(
        "Le ministre de l'Eau et de l'Assainissement, des Forêts et de la Protection de la faune, M. Karim Ba, est arrivé.",
        "Karim Ba",
    );
    assert_eq!(e.roles, vec!["ministre de l'Eau et de l'Assainissement, des Forêts et de la Protection de la faune"]);
}

#[test]
fn a_surname_of_two_words_is_the_person_named_in_full_before() {
    let (e, mentions) =
        find("Minister Maria Lopez Garcia arrived on Monday. Ms Lopez Garcia made an appeal.", "Maria Lopez Garcia");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(mentions.len(), 2, "{mentions:?}");
    let (_, mentions) = find(
        "La ministre Aminata Sow Diallo est arrivée lundi. Mme Sow Diallo a lancé un appel.",
        "Aminata Sow Diallo",
    );
    assert_eq!(mentions.len(), 2, "{mentions:?}");
}

#[test]
fn names_listed_with_a_place_noun_are_places() {
    let types = |text: &str| -> Vec<(String, EntityType)> {
        entities(text).into_iter().map(|(e, _)| (e.name, e.entity_type)).collect()
    };
    let places = |names: &[&str]| -> Vec<(String, EntityType)> {
        names.iter().map(|n| (n.to_string(), EntityType::Gpe)).collect()
    };
    assert_eq!(
        types("Armed men on motorbikes raided the Kuraje, Tsamiya, Badau and Gidan Musa villages overnight."),
        places(&["Kuraje", "Tsamiya", "Badau", "Gidan Musa"])
    );
    assert_eq!(
        types("Bandits attacked the villages of Yargoje, Danmusa, Kurfi and Sabon Layi on Friday."),
        places(&["Yargoje", "Danmusa", "Kurfi", "Sabon Layi"])
    );
    assert_eq!(
        types("Des hommes armés ont attaqué les localités de Yargoje, Kurfi, Danmusa et Sabon Layi vendredi."),
        places(&["Yargoje", "Kurfi", "Danmusa", "Sabon Layi"])
    );
    // A person's name alone before such a noun stays a person's.
    assert!(types("The Harris camp denied the report on Monday.").contains(&("Harris".to_string(), EntityType::Person)));
}

#[test]
fn a_name_opening_its_own_phrase_after_a_feature_noun_stays_what_it_is() {
    let en = "Across the river Russian troops have dug in, a Ukrainian commander said.";
    assert!(entities(en).iter().all(|(e, _)| !e.name.starts_with("river")), "{:?}", entities(en));
    let fr = "Dans la vallée Israël a lancé une offensive mardi.";
    assert!(entities(fr).iter().all(|(e, _)| !e.name.starts_with("vallée")), "{:?}", entities(fr));
    let fr = "Sur l'autre rive du fleuve Ukrainiens et Russes s'affrontent.";
    assert!(entities(fr).iter().all(|(e, _)| !e.name.starts_with("fleuve")), "{:?}", entities(fr));
}

#[test]
fn a_person_called_by_the_first_name_alone_is_the_one_person_who_has_it() {
    let en = "Police spokesman Budi Santoso Wirawan said the men were held overnight. \
        They face charges of incitement, Budi said.";
    let (_, mentions) = find(en, "Budi Santoso Wirawan");
    assert_eq!(mentions, vec!["Budi Santoso Wirawan", "Budi"]);
    let fr = "Le porte-parole de la police, Budi Santoso Wirawan, a confirmé les arrestations. \
        Selon Budi, les suspects seront jugés la semaine prochaine.";
    let (_, mentions) = find(fr, "Budi Santoso Wirawan");
    assert_eq!(mentions, vec!["Budi Santoso Wirawan", "Budi"]);
    // Not one named with a title of its own.
    let fr = "Le président François Martin a visité la ville. Le pape François prie pour les sinistrés.";
    let (_, mentions) = find(fr, "François Martin");
    assert_eq!(mentions, vec!["François Martin"]);
    // Two persons of that first name: it names neither for sure.
    let en = "Maria Lopez and Maria Gomez were rescued. Maria said the water rose fast.";
    assert!(entities(en).iter().all(|(e, m)| e.name == "Maria" || m.len() == 1), "{:?}", entities(en));
}

#[test]
fn a_number_word_opening_the_body_after_a_dateline_is_no_name() {
    for text in [
        "NIAMEY (AFP) - Huit villageois ont été tués lundi.",
        "DAKAR (AFP) - Sept pêcheurs sont portés disparus.",
        "LIMA (Reuters) - Twelve miners were trapped on Monday.",
        "DAKAR (AFP) - Deux Français ont été enlevés lundi.",
    ] {
        let names: Vec<String> = entities(text).into_iter().map(|(e, _)| e.name).collect();
        let first_word = |n: &String| n.split_whitespace().next().unwrap_or("").to_string();
        assert!(
            names.iter().all(|n| !["Huit", "Sept", "Twelve", "Deux"].contains(&first_word(n).as_str())),
            "{text}: {names:?}"
        );
    }
}

#[test]
fn the_capital_opening_a_title_of_several_words_is_no_name() {
    for (text, name) in [
        ("\"The search goes on,\" said Prime minister Jean Ndayisaba on Friday.", "Jean Ndayisaba"),
        ("Le Premier ministre Jean Ndayisaba est arrivé à Gitega vendredi.", "Jean Ndayisaba"),
        ("La Première ministre Aminata Touré a visité le marché.", "Aminata Touré"),
        ("La Première ministre Claire Dubreuil a visité Brest mardi.", "Claire Dubreuil"),
    ] {
        let names: Vec<String> = entities(text).into_iter().map(|(e, _)| e.name).collect();
        assert!(names.contains(&name.to_string()), "{text}: {names:?}");
        let titled = |n: &String| ["Prime", "Premier", "Première"].iter().any(|t| n.starts_with(t));
        assert!(!names.iter().any(titled), "{text}: {names:?}");
    }
}

#[test]
fn a_place_a_capitalised_region_noun_introduces_goes_by_its_name_too() {
    let text = "Des hommes armés ont tué douze villageois jeudi dans l'État de Katsina, dans le nord du Nigeria.";
    let (e, _) = find(text, "État de Katsina");
    assert!(e.aliases.contains(&"Katsina".to_string()), "{e:?}");
    // Named alone later, it is the same place.
    let text = "Des hommes armés ont tué douze villageois jeudi dans l'État de Kebbi. \
                Selon la police, l'attaque visait un marché de Kebbi.";
    let (e, mentions) = find(text, "Kebbi");
    assert_eq!((e.aliases.clone(), mentions.len()), (vec!["État de Kebbi".to_string()], 2), "{e:?}");
    // A sea's noun is no region's.
    let (e, _) = find("Un chalutier a coulé en Mer du Nord.", "Mer du Nord");
    assert!(!e.aliases.contains(&"Nord".to_string()), "{e:?}");
}

#[test]
fn an_office_whose_noun_comes_last_is_read_whole_between_commas() {
    let en = "The interior minister, Paul Dubois, visited the site on Monday.";
    assert_eq!(find(en, "Paul Dubois").0.roles, vec!["interior minister"]);
    let en = "The district commissioner, Amina Wanjiru, said three people had died.";
    assert_eq!(find(en, "Amina Wanjiru").0.roles, vec!["district commissioner"]);
    let fr = "Le Premier ministre, Idriss Mahamat, a visité le site.";
    assert_eq!(find(fr, "Idriss Mahamat").0.roles, vec!["Premier ministre"]);
    // Not a phrase with a determiner or "of" inside: its last noun is no office of the name.
    let en = "The attack on the minister, Paul Dubois, failed.";
    assert_ne!(find(en, "Paul Dubois").0.roles, vec!["attack on the minister"]);
}

#[test]
fn a_name_after_a_storm_s_noun_is_the_storm_s_not_a_place() {
    let (e, _) = find("The cyclone Belina flooded the coast of Rodrigues on Friday.", "Belina");
    assert_eq!(e.entity_type, EntityType::Misc);
    let (e, _) = find("Le cyclone Belina a inondé la côte de Rodrigues vendredi.", "Belina");
    assert_eq!(e.entity_type, EntityType::Misc);
    let (e, _) = find("Le cyclone Belina a inondé la côte de Madagascar vendredi.", "Madagascar");
    assert!(matches!(e.entity_type, EntityType::Gpe | EntityType::Loc));
}

#[test]
fn a_name_after_a_title_s_complement_is_the_person_holding_it() {
    let (person, _) = find("Le président de la République Lucien Mbarga a condamné l'attaque.", "Lucien Mbarga");
    assert_eq!(person.entity_type, EntityType::Person);
    let (person, _) = find("The attack was condemned by the Minister of Justice Lucien Mbarga.", "Lucien Mbarga");
    assert_eq!(person.entity_type, EntityType::Person);
}

#[test]
fn an_organisation_after_a_title_s_complement_stays_whole() {
    let (org, _) =
        find("A spokesman of the Kenyan National Assembly said the session was suspended.", "Kenyan National Assembly");
    assert_eq!(org.entity_type, EntityType::Org);
}
