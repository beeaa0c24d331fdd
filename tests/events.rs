//! Events: one record per thing that happened, typed as ACLED types them, with date, place,
//! actors, fatalities and sources. Sentences of our own, in English and French.

use reportage::model::{ActorRole, Certainty, Event, EventType, SubEventType};
use reportage::{extract, Options};

fn events(text: &str, date: &str) -> (reportage::Extraction, Vec<Event<reportage::model::TextSpan>>) {
    let mut options = Options::default();
    options.set_document_date(date).unwrap();
    let out = extract(text, &options).unwrap();
    let events = out.events.clone();
    (out, events)
}

fn only(text: &str, date: &str) -> Event<reportage::model::TextSpan> {
    let (_, events) = events(text, date);
    assert_eq!(events.len(), 1, "{text}: {events:#?}");
    events.into_iter().next().unwrap()
}

/// The event of sub-type `sub` among `events`; fails the test, showing them all, when none is.
fn of_type(events: &[Event<reportage::model::TextSpan>], sub: SubEventType) -> &Event<reportage::model::TextSpan> {
    events.iter().find(|e| e.sub_type == sub).unwrap_or_else(|| panic!("no {sub:?} among {events:#?}"))
}

fn place(e: &Event<reportage::model::TextSpan>) -> Option<&str> {
    e.location.as_ref().map(|l| l.name.as_str())
}

#[test]
fn an_airstrike_is_dated_placed_and_counts_its_dead_in_english() {
    let e = only("A drone strike on a market in Kharkiv killed five people on Tuesday, officials said.", "2025-03-14");
    assert_eq!(e.event_type, EventType::ExplosionsRemoteViolence);
    assert_eq!(e.sub_type, SubEventType::AirDroneStrike);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-03-11"));
    assert_eq!(place(&e), Some("Kharkiv"));
    assert_eq!(e.location.as_ref().unwrap().country.as_deref(), Some("Ukraine"));
    assert_eq!(e.fatalities.map(|f| f.value), Some(5.0));
}

#[test]
fn une_frappe_est_datee_placee_et_compte_ses_morts_en_francais() {
    let e = only("Mardi, une frappe de drone a tué cinq personnes sur un marché de Kharkiv.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::AirDroneStrike);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-03-11"));
    assert_eq!(place(&e), Some("Kharkiv"));
    assert_eq!(e.fatalities.map(|f| f.value), Some(5.0));
}

#[test]
fn the_date_of_a_statement_is_not_the_date_of_the_event() {
    let e = only("Shelling hit the town of Kupiansk on Sunday, the governor said on Wednesday.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::ShellingArtilleryMissileAttack);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-03-09"));
    let f = only("Des tirs d'obus ont frappé Kupiansk dimanche, a indiqué mercredi le gouverneur.", "2025-03-14");
    assert_eq!(f.date.as_ref().map(|d| d.value.as_str()), Some("2025-03-09"));
}

#[test]
fn an_event_with_no_time_has_no_date_rather_than_the_article_date() {
    let e = only("Gunmen kidnapped twelve passengers from a bus near Zaria.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::Abduction);
    assert!(e.date.is_none());
}

#[test]
fn the_start_of_an_open_period_dates_the_event_but_a_distant_comparison_does_not() {
    let e = only("Fighting around Goma since Wednesday has killed 40 people.", "2025-01-31");
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-01-29"));
    let f = only("These are the heaviest clashes since 2019 in the region.", "2025-01-31");
    assert!(f.date.is_none(), "{f:?}");
}

#[test]
fn a_protest_takes_the_course_its_sentences_tell() {
    let peaceful = only("Thousands of students marched through Dakar on Saturday.", "2025-03-14");
    assert_eq!(peaceful.sub_type, SubEventType::PeacefulProtest);
    let dispersed = only(
        "Hundreds of protesters rallied in Tbilisi on Sunday. Police fired tear gas and arrested 45 of them.",
        "2025-03-14",
    );
    assert_eq!(dispersed.sub_type, SubEventType::ProtestWithIntervention);
    assert!(dispersed.actors.iter().any(|a| a.role == ActorRole::Actor1));
    let disperse = only(
        "Des centaines de manifestants se sont rassemblés samedi à Tunis. La police les a dispersés au gaz lacrymogène.",
        "2025-03-14",
    );
    assert_eq!(disperse.sub_type, SubEventType::ProtestWithIntervention);
    let riot = only("Demonstrators threw stones at police during a protest in Lagos on Monday.", "2025-03-14");
    assert_eq!(riot.event_type, EventType::Riots);
}

#[test]
fn territory_taken_by_state_forces_is_regained_and_by_others_overtaken() {
    let gov = only("The army recaptured the town of Moqokori on Thursday.", "2025-03-14");
    assert_eq!(gov.sub_type, SubEventType::GovernmentRegainsTerritory);
    let rebels = only("Rebels seized the town of Sake on Thursday.", "2025-03-14");
    assert_eq!(rebels.sub_type, SubEventType::NonStateActorOvertakesTerritory);
    assert_eq!(rebels.actors.first().map(|a| a.role), Some(ActorRole::Actor1));
    let people = only("Gunmen seized nine hostages on the road to Douentza.", "2025-03-14");
    assert_eq!(people.sub_type, SubEventType::Abduction);
}

#[test]
fn the_headline_and_the_body_name_one_event() {
    let text = "Earthquake kills 14 in eastern Turkey\n\nPublished on 29/09/2025 10:00\n\n\
                A magnitude 5.9 earthquake struck Malatya province at dawn on Monday, killing at least 14 people, \
                officials said. The quake destroyed dozens of homes.";
    let (_, events) = events(text, "2025-09-29");
    let quakes: Vec<_> = events.iter().filter(|e| e.sub_type == SubEventType::Earthquake).collect();
    assert_eq!(quakes.len(), 1, "{events:#?}");
    assert_eq!(quakes[0].mentions.len(), 3);
    assert_eq!(quakes[0].fatalities.map(|f| f.value), Some(14.0));
}

#[test]
fn a_rising_toll_is_one_event_with_the_latest_figure() {
    let text = "A suicide bomber killed 12 people at a beach in Mogadishu on Friday. \
                The health ministry later said the bombing had killed 23 people, raising the toll to 23.";
    let e = only(text, "2025-08-09");
    assert_eq!(e.sub_type, SubEventType::SuicideBomb);
    assert_eq!(e.fatalities.map(|f| f.value), Some(23.0));
    assert!(!e.other_casualties.is_empty());
}

#[test]
fn two_strikes_in_two_cities_are_two_events() {
    let text = "An airstrike hit Kharkiv on Monday. Another airstrike hit Odesa on Tuesday.";
    let (_, events) = events(text, "2025-03-14");
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn a_background_ceasefire_keeps_its_own_date_and_names_no_battle() {
    let e = only("A ceasefire signed in March 2020 to end the fighting has largely held.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::Agreement);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2020-03"));
    let f = only("Un cessez-le-feu signé en mars 2020 pour mettre fin aux combats a tenu.", "2025-03-14");
    assert_eq!(f.sub_type, SubEventType::Agreement);
}

#[test]
fn a_strike_despite_a_ceasefire_is_the_strike_not_a_new_agreement() {
    let e = only(
        "Three fishermen were killed on Thursday in a naval strike off Tyre despite the truce in force since June.",
        "2025-03-14",
    );
    assert_eq!(e.event_type, EventType::ExplosionsRemoteViolence);
    assert_eq!(e.fatalities.map(|f| f.value), Some(3.0));
    let f = only(
        "Trois pêcheurs ont été tués jeudi dans une frappe de drone au large de Tyr, en dépit du cessez-le-feu.",
        "2025-03-14",
    );
    assert_eq!(f.sub_type, SubEventType::AirDroneStrike);
    assert_eq!(f.fatalities.map(|f| f.value), Some(3.0));
}

#[test]
fn a_truce_whose_making_is_told_after_despite_is_an_agreement_of_its_own() {
    let (_, e) = events(
        "Rebels and soldiers clashed near Kalemie on Monday. The fighting comes despite a truce signed in \
         Nairobi in April 2024.",
        "2025-03-14",
    );
    let subs: Vec<_> = e.iter().map(|e| e.sub_type).collect();
    assert_eq!(subs, [SubEventType::ArmedClash, SubEventType::Agreement], "{e:#?}");
    assert_eq!(e[1].date.as_ref().map(|d| d.value.as_str()), Some("2024-04"));
    let (_, f) = events(
        "Des rebelles et des soldats se sont affrontés lundi près de Kalemie. Les combats ont lieu malgré une \
         trêve signée à Nairobi en avril 2024.",
        "2025-03-14",
    );
    let subs: Vec<_> = f.iter().map(|e| e.sub_type).collect();
    assert_eq!(subs, [SubEventType::ArmedClash, SubEventType::Agreement], "{f:#?}");
}

#[test]
fn an_agreement_told_in_the_passive_is_an_agreement() {
    let e = only("A deal was reached on Sunday in Doha on the release of forty detainees.", "2025-03-17");
    assert_eq!(e.sub_type, SubEventType::Agreement);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-03-16"));
    let f = only("Un accord a été conclu dimanche à Doha sur la libération de quarante détenus.", "2025-03-17");
    assert_eq!(f.sub_type, SubEventType::Agreement);
    assert_eq!(place(&f), Some("Doha"));
}

#[test]
fn a_military_jet_that_bombed_a_village_is_an_air_strike() {
    let e = only("A military jet bombed a village near Falam on Monday, killing six people.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::AirDroneStrike);
    assert_eq!(e.fatalities.map(|f| f.value), Some(6.0));
    let f = only("Un avion militaire a bombardé lundi un village près de Falam, tuant six personnes.", "2025-03-14");
    assert_eq!(f.sub_type, SubEventType::AirDroneStrike);
}

#[test]
fn the_day_a_group_spoke_before_its_claim_does_not_date_the_event() {
    let (_, e) = events(
        "Drones struck a fuel depot near Kupiansk on Monday. On Wednesday the governor said the strike had \
         killed four workers.",
        "2025-03-14",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].date.as_ref().map(|d| d.value.as_str()), Some("2025-03-10"));
    let (_, f) = events(
        "Des drones ont frappé lundi un dépôt de carburant près de Koupiansk. Mercredi, le gouverneur a indiqué \
         que la frappe avait tué quatre ouvriers.",
        "2025-03-14",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].date.as_ref().map(|d| d.value.as_str()), Some("2025-03-10"));
}

#[test]
fn a_storm_and_the_landslide_after_it_are_two_disasters_each_in_its_own_place() {
    let (_, e) = events(
        "Cyclone Amara swept across Toliara province on Friday before a landslide buried a school in the hill \
         town of Ankazoabo.",
        "2025-03-17",
    );
    let got: Vec<_> = e.iter().map(|e| (e.sub_type, place(e))).collect();
    assert_eq!(got, [(SubEventType::Storm, Some("Toliara")), (SubEventType::Landslide, Some("Ankazoabo"))], "{e:#?}");
    assert!(e.iter().all(|e| e.actors.is_empty()), "{e:#?}");
    let (_, f) = events(
        "Le cyclone Amara a balayé vendredi la province de Toliara avant qu'un glissement de terrain n'ensevelisse \
         une école dans la ville d'Ankazoabo.",
        "2025-03-17",
    );
    let subs: Vec<_> = f.iter().map(|e| e.sub_type).collect();
    assert_eq!(subs, [SubEventType::Storm, SubEventType::Landslide], "{f:#?}");
}

#[test]
fn rain_from_a_storm_that_set_off_a_landslide_is_its_circumstance() {
    let e = only("On Sunday, rains from the cyclone triggered a landslide in Ankazoabo.", "2025-03-17");
    assert_eq!(e.sub_type, SubEventType::Landslide);
    let f = only("Dimanche, les pluies du cyclone ont provoqué un glissement de terrain à Ankazoabo.", "2025-03-17");
    assert_eq!(f.sub_type, SubEventType::Landslide);
}

#[test]
fn the_storm_named_again_without_a_date_is_the_same_storm_in_a_finer_place() {
    let (_, e) = events(
        "Cyclone Amara hit Toliara province on Friday, killing nine people. The cyclone made landfall near the \
         fishing town of Morombe.",
        "2025-03-17",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(place(&e[0]), Some("Morombe"));
    assert_eq!(e[0].date.as_ref().map(|d| d.value.as_str()), Some("2025-03-14"));
    let (_, f) = events(
        "Le cyclone Amara a frappé vendredi la province de Toliara, tuant neuf personnes. Le cyclone a touché terre \
         près de la ville de Morombe.",
        "2025-03-17",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(place(&f[0]), Some("Morombe"));
}

#[test]
fn a_vote_is_placed_in_its_country_not_the_city_that_counts_it() {
    let (_, e) = events(
        "Voters in Malawi approved a new constitution in a referendum held on Tuesday, the electoral commission \
         said in Lilongwe.",
        "2025-03-14",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].sub_type, SubEventType::Referendum);
    assert_eq!(place(&e[0]), Some("Malawi"));
    // A country told only by the dateline's capital.
    let (_, f) = events(
        "LILONGWE, 14 mars 2025 (AFP) - Les électeurs ont approuvé mardi une nouvelle Constitution lors d'un \
         référendum à Lilongwe et dans tout le pays.",
        "2025-03-14",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].location.as_ref().map(|l| l.name.as_str()), Some("Malawi"));
}

#[test]
fn headline_standfirst_and_body_telling_one_strike_make_one_event() {
    let (_, e) = events(
        "Drone strike kills four in Sumy\n\nA drone strike hit a bus station in the northern region, officials \
         say.\n\nSUMY, March 14 (Reuters) - A Russian drone strike on a bus station in Sumy killed four people on \
         Thursday, the regional governor said.\n",
        "2025-03-14",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].date.as_ref().map(|d| d.value.as_str()), Some("2025-03-13"));
    let (_, f) = events(
        "Une frappe de drone fait quatre morts à Soumy\n\nUne frappe de drone a touché une gare routière dans la \
         région, selon les autorités.\n\nSOUMY, 14 mars 2025 (AFP) - Une frappe de drone russe sur une gare \
         routière de Soumy a tué jeudi quatre personnes, a indiqué le gouverneur régional.\n",
        "2025-03-14",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_vehicle_that_plunged_is_an_accident_told_again_where_it_left_the_road() {
    let (_, e) = events(
        "Truck plunges off mountain road in Nepal's hills\n\nKATHMANDU, May 6 (Reuters) - A truck carrying \
         pilgrims plunged about 150 metres into a river on Monday, killing 12 people. The truck was climbing \
         towards the town of Jiri when it left the road.\n",
        "2025-05-06",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].sub_type, SubEventType::TransportAccident);
    assert_eq!(e[0].date.as_ref().map(|d| d.value.as_str()), Some("2025-05-05"));
    assert_eq!(place(&e[0]), Some("Jiri"));
    assert_eq!(e[0].fatalities.map(|f| f.value), Some(12.0));
    let f = only("Lundi, un autocar a plongé dans un ravin près de Jiri, tuant douze passagers.", "2025-05-06");
    assert_eq!(f.sub_type, SubEventType::TransportAccident);
    // Prices that plunged are no accident.
    let (_, none) = events("Fuel prices plunged on Monday after the announcement.", "2025-05-06");
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn a_vehicle_that_hit_a_mine_on_the_road_to_a_town_is_a_mine_blast_not_there() {
    let e = only("An army truck hit a mine on the road to Tessit on Monday, killing three soldiers.", "2025-05-06");
    assert_eq!(e.sub_type, SubEventType::RemoteExplosive);
    assert_eq!(place(&e), None);
    let f = only("Un camion de l'armée a sauté sur une mine lundi sur la route menant vers Tessit.", "2025-05-06");
    assert_eq!(f.sub_type, SubEventType::RemoteExplosive);
    assert_eq!(place(&f), None);
    // "Close to" is no destination.
    let g = only("A roadside bomb exploded close to Menaka on Monday.", "2025-05-06");
    assert_eq!(place(&g), Some("Menaka"));
}

#[test]
fn a_crowd_that_kills_is_mob_violence_and_a_crowd_fired_on_is_not() {
    for text in [
        "A crowd stoned to death a suspected thief in Gitarama on Monday night.",
        "Two suspected thieves were burned to death by a mob in Gitarama on Monday night.",
        "Une foule a battu à mort deux voleurs présumés lundi soir à Gitarama.",
    ] {
        let e = only(text, "2025-03-14");
        assert_eq!(e.sub_type, SubEventType::MobViolence, "{text}");
        assert_eq!(place(&e), Some("Gitarama"), "{text}");
    }
    let (_, e) = events("Soldiers fired on the crowd in Gitarama on Monday, killing two people.", "2025-03-14");
    assert!(e.iter().all(|e| e.sub_type != SubEventType::MobViolence), "{e:#?}");
}

#[test]
fn a_night_strike_and_its_hour_in_a_district_of_the_city_are_one_event_of_the_morning() {
    let (_, e) = events(
        "Russian drones struck Odesa overnight, killing two people, officials said on Friday.\n\nThe first drones hit \
         the Prymorskyi district shortly after 2 a.m., the mayor said.\n",
        "2025-03-14",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].date.as_ref().map(|d| &d.value[..10]), Some("2025-03-14"));
    let (_, f) = events(
        "Des drones russes ont frappé Odessa dans la nuit de jeudi à vendredi, tuant deux personnes.\n\nLes premiers \
         drones ont touché le district de Prymorskyï vers 2 heures, selon le maire.\n",
        "2025-03-14",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].date.as_ref().map(|d| &d.value[..10]), Some("2025-03-14"));
}

#[test]
fn fires_over_hectares_of_land_are_a_wildfire_and_its_flames_later_are_the_same() {
    let (_, e) = events(
        "More than 2,000 hectares of scrub burned on Monday in the Var department. A man died in the flames near the \
         village of Ribiers, the fire service said.",
        "2025-08-13",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].sub_type, SubEventType::Wildfire);
    assert_eq!(place(&e[0]), Some("Ribiers"));
    assert_eq!(e[0].fatalities.map(|f| f.value), Some(1.0));
    let (_, f) = events(
        "Plus de 2 000 hectares de garrigue sont partis en fumée lundi dans le département du Var. Un agriculteur a péri \
         dans les flammes près du village de Ribiers, selon les pompiers.",
        "2025-08-13",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].sub_type, SubEventType::Wildfire);
    assert_eq!(place(&f[0]), Some("Ribiers"));
    // A fire with no land burnt is no wildfire, nor is the fire service.
    let (_, g) = events("The fire service said the kitchen fire was put out on Monday.", "2025-08-13");
    assert!(g.is_empty(), "{g:#?}");
}

#[test]
fn firefighters_deployed_are_no_change_to_an_armed_group_but_troops_are() {
    let (_, e) = events("Some 300 firefighters and eight aircraft were deployed on Monday.", "2025-08-13");
    assert!(e.is_empty(), "{e:#?}");
    let e = only("The army deployed troops to the border town of Kalemie on Monday.", "2025-08-13");
    assert_eq!(e.sub_type, SubEventType::ChangeToGroupActivity);
    let (_, f) = events("Quelque 300 pompiers ont été déployés lundi.", "2025-08-13");
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_boat_that_sank_at_night_is_the_shipwreck_announced_and_not_placed_where_its_passengers_came_from() {
    let (_, e) = events(
        "At least nine migrants died in the shipwreck of their boat off Zarzis, the coast guard said on Sunday. \
         The boat, which was carrying migrants from West Africa, capsized on Friday night shortly after \
         leaving a beach of Zitouna.",
        "2025-09-21",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(place(&e[0]), Some("Zarzis"));
    assert_eq!(e[0].date.as_ref().map(|d| &d.value[..10]), Some("2025-09-19"));
    let (_, f) = events(
        "Au moins neuf migrants sont morts dans le naufrage de leur embarcation au large de Zarzis, ont annoncé \
         dimanche les garde-côtes. Le bateau, qui transportait des migrants d'Afrique de l'Ouest, a chaviré \
         vendredi soir peu après avoir quitté une plage de Zitouna.",
        "2025-09-21",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(place(&f[0]), Some("Zarzis"));
}

#[test]
fn the_town_named_again_by_its_noun_places_a_later_event() {
    let (_, e) = events(
        "Rebels and soldiers clashed near Minova on Saturday.\n\nOn Sunday evening, several shells hit a \
         displacement camp at the entrance of the town, killing three people.\n",
        "2025-03-03",
    );
    let shelling = of_type(&e, SubEventType::ShellingArtilleryMissileAttack);
    assert_eq!(place(shelling), Some("Minova"), "{e:#?}");
    let (_, f) = events(
        "Des rebelles et des soldats se sont affrontés samedi près de Minova.\n\nDimanche soir, plusieurs obus \
         sont tombés sur un camp de déplacés à l'entrée de la localité, faisant trois morts.\n",
        "2025-03-03",
    );
    let shelling = of_type(&f, SubEventType::ShellingArtilleryMissileAttack);
    assert_eq!(place(shelling), Some("Minova"), "{f:#?}");
}

#[test]
fn the_capital_is_the_capital_city_the_report_named() {
    let (_, e) = events(
        "NIAMEY, March 3 (Reuters) - Thousands marched on Saturday in Maradi and Zinder against fuel prices.\n\n\
         On Sunday, the army deployed troops around the ministries of the capital.\n",
        "2025-03-03",
    );
    let deployed = of_type(&e, SubEventType::ChangeToGroupActivity);
    assert_eq!(place(deployed), Some("Niamey"), "{e:#?}");
    let (_, f) = events(
        "NIAMEY, 3 mars 2025 (AFP) - Des milliers de personnes ont manifesté samedi à Maradi et à Zinder contre \
         la hausse des prix.\n\nDimanche, l'armée a déployé des soldats autour des ministères de la capitale.\n",
        "2025-03-03",
    );
    let deployed = of_type(&f, SubEventType::ChangeToGroupActivity);
    assert_eq!(place(deployed), Some("Niamey"), "{f:#?}");
}

#[test]
fn where_a_source_spoke_from_places_an_event_that_names_no_other_place() {
    let e = only("Police arrested two suspects on Sunday, a police officer in Zinder said.", "2025-03-03");
    assert_eq!(place(&e), Some("Zinder"));
    let f = only("La police a arrêté deux suspects dimanche, a indiqué un policier à Zinder.", "2025-03-03");
    assert_eq!(place(&f), Some("Zinder"));
}

#[test]
fn a_market_named_in_a_city_is_placed_in_the_city() {
    let e = only("Shelling on the Naivasha market in El Fasher killed nine people on Saturday.", "2025-05-25");
    assert_eq!(place(&e), Some("El Fasher"));
    let f = only("Des tirs d'obus sur le marché de Naivasha à El Fasher ont tué neuf personnes samedi.", "2025-05-25");
    assert_eq!(place(&f), Some("El Fasher"));
}

#[test]
fn troops_that_arrived_are_a_deployment_and_aid_that_arrived_is_none() {
    let e = only("Some 200 Kenyan police officers arrived in Port-au-Prince on Thursday.", "2025-04-18");
    assert_eq!(e.sub_type, SubEventType::ChangeToGroupActivity);
    assert_eq!(place(&e), Some("Port-au-Prince"));
    let (_, none) = events("Food aid arrived in Port-au-Prince on Thursday.", "2025-04-18");
    assert!(none.is_empty(), "{none:#?}");
    let f = only("Quelque 200 policiers kényans sont arrivés jeudi à Port-au-Prince.", "2025-04-18");
    assert_eq!(f.sub_type, SubEventType::ChangeToGroupActivity);
}

#[test]
fn a_crowd_is_the_first_actor_of_its_protest_and_the_second_where_it_was_shot_at() {
    let roles = |e: &Event<reportage::model::TextSpan>| -> Vec<(String, ActorRole)> {
        e.actors.iter().map(|a| (a.span.text.clone(), a.role)).collect()
    };
    let e = only("Police fired tear gas at protesters in Mombasa on Tuesday.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::ProtestWithIntervention);
    assert_eq!(roles(&e), [("protesters".to_string(), ActorRole::Actor1), ("Police".to_string(), ActorRole::Actor2)]);
    let f = only("La police a tiré des gaz lacrymogènes sur les manifestants mardi à Mombasa.", "2025-03-14");
    assert_eq!(roles(&f).first().map(|r| r.0.as_str()), Some("manifestants"), "{f:#?}");
    let g = only("Police opened fire on protesters in Mombasa on Tuesday, killing two people.", "2025-03-14");
    assert_eq!(g.sub_type, SubEventType::ExcessiveForceAgainstProtesters);
    assert_eq!(roles(&g).first().map(|r| r.0.as_str()), Some("Police"), "{g:#?}");
}

#[test]
fn a_subject_before_as_stays_when_the_clause_after_names_no_actor() {
    let e = only(
        "Police fired tear gas in Kisumu on Tuesday as the unrest spread through the city in demonstrations.",
        "2025-03-14",
    );
    assert!(e.actors.iter().any(|a| a.span.text == "Police"), "{e:#?}");
    let f = only(
        "La police a tiré des gaz lacrymogènes mardi à Kisumu alors que l'opposition descendait dans la rue pour \
         des manifestations.",
        "2025-03-14",
    );
    assert!(f.actors.iter().any(|a| a.span.text.contains("police")), "{f:#?}");
}

#[test]
fn a_subject_before_as_or_while_belongs_to_the_other_clause() {
    let first = |text: &str| {
        let (_, all) = events(text, "2025-03-14");
        let d = all.into_iter().find(|e| e.sub_type == SubEventType::ChangeToGroupActivity).expect(text);
        d.actors.iter().find(|a| a.role == ActorRole::Actor1).map(|a| a.span.text.clone())
    };
    assert_eq!(
        first("Gangs burned homes in Mirebalais as the army deployed troops on Friday.").as_deref(),
        Some("army")
    );
    assert_eq!(
        first("Des gangs ont attaqué Mirebalais tandis que l'armée déployait des renforts vendredi.").as_deref(),
        Some("armée")
    );
}

#[test]
fn a_name_in_brackets_or_in_a_concession_does_not_place_the_event() {
    let e = only("Gunmen killed three drivers working for the UN mission (Monusco) in Beni on Monday.", "2025-03-14");
    assert_eq!(place(&e), Some("Beni"));
    let (_, f) = events(
        "Les secours de Stepanakert ont annoncé que des frappes avaient fait neuf morts dimanche, en dépit \
         du cessez-le-feu entre l'Arménie et l'Azerbaïdjan.",
        "2025-03-17",
    );
    let strike = of_type(&f, SubEventType::AirDroneStrike);
    assert!(!matches!(place(strike), Some("Arménie" | "Azerbaïdjan")), "{f:#?}");
}

#[test]
fn armed_men_who_kill_attack_though_no_word_names_the_attack() {
    let e = only("Gunmen killed four farmers near Gao on Monday.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::Attack);
    assert_eq!(e.fatalities.map(|f| f.value), Some(4.0));
    assert_eq!(e.actors.first().map(|a| a.span.text.as_str()), Some("Gunmen"));
    let f = only("Des hommes armés ont tué lundi quatre cultivateurs près de Gao.", "2025-03-14");
    assert_eq!(f.sub_type, SubEventType::Attack);
    // The dead with no one said to have killed them make no attack.
    let (_, none) = events("Four farmers were killed near Gao on Monday, officials said.", "2025-03-14");
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn the_country_is_the_one_the_report_is_about() {
    let (_, e) = events(
        "BAMAKO, March 3 (Reuters) - Mali's junta has struggled since the UN mission withdrew its last \
         peacekeepers from the country in December 2023.\n",
        "2025-03-03",
    );
    let withdrawal = of_type(&e, SubEventType::ChangeToGroupActivity);
    assert_eq!(place(withdrawal), Some("Mali"), "{e:#?}");
    let (_, f) = events(
        "BAMAKO, 3 mars 2025 (AFP) - Le Mali peine depuis que la mission de l'ONU s'est retirée du pays en \
         décembre 2023.\n",
        "2025-03-03",
    );
    let withdrawal = of_type(&f, SubEventType::ChangeToGroupActivity);
    assert_eq!(place(withdrawal), Some("Mali"), "{f:#?}");
}

#[test]
fn a_river_that_burst_its_banks_floods_the_town_not_the_province_written_with_its_article() {
    let f = only("Dans la Manche, la Vire est sortie de son lit dimanche à Saint-Lô.", "2024-12-09");
    assert_eq!(f.sub_type, SubEventType::Flood);
    assert_eq!(place(&f), Some("Saint-Lô"));
    assert_eq!(f.date.as_ref().map(|d| d.value.as_str()), Some("2024-12-08"));
    let e = only("In the Tillaberi region, the Sirba river burst its banks on Sunday at Kakassi.", "2024-12-09");
    assert_eq!(e.sub_type, SubEventType::Flood);
    assert_eq!(place(&e), Some("Kakassi"));
}

#[test]
fn a_village_is_more_specific_than_the_commune_it_lies_in() {
    let f =
        only("Le village de Dablo, dans la commune de Barsalogho, a été la cible d'une attaque lundi.", "2025-03-14");
    assert_eq!(place(&f), Some("Dablo"));
    let e = only("Gunmen attacked the village of Dablo in the commune of Barsalogho on Monday.", "2025-03-14");
    assert_eq!(place(&e), Some("Dablo"));
}

#[test]
fn a_boat_that_hit_a_reef_is_a_shipwreck_not_dated_by_the_search_called_off_after_it() {
    let (_, e) = events(
        "The navy ended its search on Wednesday after their dinghy collided with rocks off Anguilla. The \
         passengers had hoped to reach Puerto Rico when the dinghy struck a reef on Monday night.",
        "2025-03-14",
    );
    let wreck = of_type(&e, SubEventType::Shipwreck);
    assert_eq!(e.iter().filter(|e| e.sub_type == SubEventType::Shipwreck).count(), 1, "{e:#?}");
    assert_ne!(wreck.date.as_ref().map(|d| &d.value[..10]), Some("2025-03-12"), "{e:#?}");
    assert_ne!(place(wreck), Some("Puerto Rico"), "{e:#?}");
    let f = only(
        "La marine a mis fin mercredi à ses recherches après que leur canot a heurté un récif au large \
         d'Anguilla.",
        "2025-03-14",
    );
    assert_eq!(f.sub_type, SubEventType::Shipwreck);
    assert_ne!(f.date.as_ref().map(|d| &d.value[..10]), Some("2025-03-12"), "{f:#?}");
}

#[test]
fn a_name_after_en_is_a_province_below_the_town_in_it() {
    let f = only(
        "Un incendie a ravagé lundi en Kabylie des centaines d'hectares de forêt près de Tizi Rached.",
        "2025-07-30",
    );
    assert_eq!(f.sub_type, SubEventType::Wildfire);
    assert_eq!(place(&f), Some("Tizi Rached"));
}

#[test]
fn a_toll_since_long_ago_sums_a_war_up_and_is_no_event() {
    let (_, e) = events("Since March 2022, the fighting has killed more than 9,000 people.", "2025-03-14");
    assert!(e.is_empty(), "{e:#?}");
    let (_, f) = events("Depuis mars 2022, les combats ont fait plus de 9 000 morts.", "2025-03-14");
    assert!(f.is_empty(), "{f:#?}");
    // A recent start is the event's own; a day of its own too, beside an old truce.
    let g = only("Since Wednesday, fighting in Goma has killed 20 people.", "2025-03-14");
    assert_eq!(g.sub_type, SubEventType::ArmedClash);
    let h = only(
        "Deux personnes ont été tuées lundi dans une frappe de drone, en dépit du cessez-le-feu en vigueur \
         depuis novembre.",
        "2025-03-14",
    );
    assert_eq!(h.sub_type, SubEventType::AirDroneStrike);
}

#[test]
fn actors_are_the_subject_and_the_other_side_not_the_source() {
    let e = only(
        "Officials said Rapid Support Forces fighters clashed with the army near El Fasher on Sunday.",
        "2025-03-14",
    );
    assert_eq!(e.sub_type, SubEventType::ArmedClash);
    let roles: Vec<_> = e.actors.iter().map(|a| (a.span.text.as_str(), a.role)).collect();
    assert!(roles.iter().any(|(t, r)| t.contains("Rapid Support Forces") && *r == ActorRole::Actor1), "{roles:?}");
    assert!(roles.iter().any(|(t, r)| t.contains("army") && *r == ActorRole::Actor2), "{roles:?}");
    assert!(!roles.iter().any(|(t, _)| t.contains("Officials")), "{roles:?}");
}

#[test]
fn a_passive_agent_is_the_first_actor() {
    let e = only(
        "Au moins 21 civils ont été tués dimanche dans l'attaque d'un village par des hommes armés.",
        "2025-05-12",
    );
    assert_eq!(e.sub_type, SubEventType::Attack);
    assert_eq!(e.actors.first().map(|a| (a.span.text.as_str(), a.role)), Some(("hommes armés", ActorRole::Actor1)));
    assert_eq!(e.fatalities.map(|f| f.value), Some(21.0));
}

#[test]
fn a_sourced_event_is_attributed_and_a_future_one_planned() {
    let e = only("Two soldiers were killed in an ambush near Djibo, according to the army.", "2025-03-14");
    assert_eq!(e.certainty, Certainty::Attributed);
    assert!(!e.sources.is_empty());
    let vote = only("Voters will go to the polls on Sunday to elect a new parliament.", "2025-03-14");
    assert_eq!(vote.event_type, EventType::Elections);
    assert_eq!(vote.certainty, Certainty::Planned);
}

#[test]
fn names_and_months_are_not_events() {
    let (_, events) = events("The Independent Election Commission met in March to review the budget.", "2025-03-14");
    assert!(events.is_empty(), "{events:#?}");
}

#[test]
fn a_city_reports_its_province_and_country() {
    let e = only("Floods swept through Goma on Saturday.", "2025-03-14");
    let l = e.location.unwrap();
    assert_eq!(l.name, "Goma");
    assert!(l.admin1.is_some());
    assert_eq!(l.country.as_deref(), Some("Democratic Republic of the Congo"));
}

#[test]
fn disasters_and_accidents_have_types_of_their_own() {
    assert_eq!(
        only("A boat carrying migrants capsized off Sfax on Friday.", "2025-03-14").sub_type,
        SubEventType::Shipwreck
    );
    assert_eq!(
        only("Un glissement de terrain a enseveli un village vendredi.", "2025-03-14").sub_type,
        SubEventType::Landslide
    );
    assert_eq!(
        only("A bus plunged into a ravine near Huanta on Monday.", "2025-03-14").event_type,
        EventType::Accidents
    );
}

#[test]
fn a_headline_naming_the_city_is_the_body_event_at_a_beach_in_it() {
    let text = "Suicide bomber kills nine at Mogadishu cafe\n\n\
        A suicide bomber blew himself up in a cafe near Jazeera beach in Mogadishu on Friday night, \
        killing nine people, police said.";
    let e = only(text, "2025-06-07");
    assert_eq!(e.sub_type, SubEventType::SuicideBomb);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-06-06TNI"));
    let text = "Un kamikaze tue neuf personnes dans un café de Mogadiscio\n\n\
        Un kamikaze s'est fait exploser vendredi soir dans un café près de la plage de Jazeera à \
        Mogadiscio, tuant neuf personnes, selon la police.";
    let f = only(text, "2025-06-07");
    assert_eq!(f.sub_type, SubEventType::SuicideBomb);
    assert_eq!(f.date.as_ref().map(|d| d.value.as_str()), Some("2025-06-06TEV"));
}

#[test]
fn a_part_of_a_town_gives_way_to_the_town_named_beside_it() {
    let e = only(
        "A grenade thrown into a bar in the Kinama neighbourhood of Bujumbura wounded six people on Sunday.",
        "2025-08-18",
    );
    assert_eq!(e.sub_type, SubEventType::Grenade);
    assert_eq!(place(&e), Some("Bujumbura"));
    let f = only(
        "Une grenade lancée dans un bar du quartier de Kinama, dans le nord de Bujumbura, a blessé six personnes dimanche.",
        "2025-08-18",
    );
    assert_eq!(place(&f), Some("Bujumbura"));
    // A village is a place of its own.
    let g = only("Gunmen attacked the village of Tabankort near Gao on Monday, killing four civilians.", "2025-08-18");
    assert_eq!(place(&g), Some("Tabankort"));
}

#[test]
fn a_place_is_named_as_the_text_writes_it() {
    let e = only("Un kamikaze s'est fait exploser samedi dans un restaurant de Mogadiscio.", "2025-05-25");
    assert_eq!(place(&e), Some("Mogadiscio"));
    assert_eq!(e.location.as_ref().unwrap().country.as_deref(), Some("Somalia"));
}

#[test]
fn a_toll_raised_in_a_later_paragraph_is_the_event_s_latest() {
    let text = "A suicide bomber blew himself up in a cafe in Mogadishu on Friday, killing at least 12 people, police said.\n\n\
        Witnesses described scenes of panic.\n\n\
        By Saturday evening the health ministry had raised the death toll to 23.";
    let e = only(text, "2025-08-09");
    assert_eq!(e.fatalities.map(|f| f.value), Some(23.0));
    let text = "Un kamikaze s'est fait exploser vendredi dans un café de Mogadiscio, tuant au moins 12 personnes, selon la police.\n\n\
        Des témoins ont décrit des scènes de panique.\n\n\
        Samedi soir, le ministère de la Santé a porté le bilan à 23.";
    let f = only(text, "2025-08-09");
    assert_eq!(f.fatalities.map(|f| f.value), Some(23.0));
}

#[test]
fn a_toll_from_years_ago_is_not_the_event_s() {
    let text = "A wildfire near Marathon killed a man on Wednesday.\n\n\
        Greece has suffered destructive wildfires in recent years. In July 2018, a fire in Mati killed 104 people.";
    let (_, found) = events(text, "2025-08-14");
    assert_eq!(found[0].fatalities.map(|f| f.value), Some(1.0), "{found:#?}");
    let text = "Un incendie de forêt a tué un homme mercredi près de Marathon.\n\n\
        La Grèce a connu des feux de forêt meurtriers ces dernières années. En juillet 2018, un incendie à Mati a tué 104 personnes.";
    let (_, found) = events(text, "2025-08-14");
    assert_eq!(found[0].fatalities.map(|f| f.value), Some(1.0), "{found:#?}");
}

#[test]
fn the_body_places_an_event_its_headline_and_standfirst_place_more_widely() {
    let text = "Rebel offensive in Syria\n\n\
        Rebels launched an offensive in northwestern Syria on Wednesday, the army said.";
    let (_, found) = events(text, "2024-11-28");
    assert_eq!(place(&found[0]), Some("northwestern Syria"), "{found:#?}");
    assert_eq!(found[0].location.as_ref().unwrap().country.as_deref(), Some("Syria"));
    let text = "Offensive rebelle en Syrie\n\n\
        Les rebelles ont lancé mercredi une offensive dans le nord-ouest de la Syrie, selon l'armée.";
    // French names the part of the country outside the name: the event is the headline's, once.
    let (_, found) = events(text, "2024-11-28");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].location.as_ref().unwrap().country.as_deref(), Some("Syria"));
}

#[test]
fn the_day_a_responsibility_is_claimed_is_not_the_day_of_the_event() {
    let e = only(
        "Gunmen attacked an army post near Djibo on Monday, killing six soldiers. The attack was claimed on Wednesday by an armed group.",
        "2025-03-14",
    );
    assert_eq!(e.date.as_ref().map(|d| &d.value[..10]), Some("2025-03-10"));
    let f = only(
        "Des hommes armés ont attaqué lundi un poste de l'armée près de Djibo, tuant six soldats. L'attaque a été revendiquée mercredi par un groupe armé.",
        "2025-03-14",
    );
    assert_eq!(f.date.as_ref().map(|d| &d.value[..10]), Some("2025-03-10"));
}

#[test]
fn a_clock_time_in_a_later_paragraph_is_on_the_day_the_story_told() {
    let text = "Des hommes armés ont attaqué lundi un convoi près de Kaya, ont indiqué jeudi des sources locales.\n\nLes combats ont commencé vers 19 heures et ont duré trois heures.";
    let (out, _) = events(text, "2025-03-14");
    let clock = out.times.iter().find(|t| t.span.text == "19 heures").unwrap();
    assert_eq!(clock.value, "2025-03-10T19:00");
    let text = "Gunmen attacked a convoy near Kaya on Monday, local sources said on Thursday.\n\nThe fighting began at about 7 p.m. and lasted three hours.";
    let (out, _) = events(text, "2025-03-14");
    let clock = out.times.iter().find(|t| t.span.text == "about 7 p.m.").unwrap();
    assert_eq!(clock.value, "2025-03-10T19:00");
}

#[test]
fn a_town_named_again_by_the_first_word_of_its_name_is_one_event_s_place() {
    let (_, fr) = events(
        "Des jihadistes ont tendu lundi une embuscade à un convoi près de Fada N'Gourma. Les combats ont duré trois heures à Fada, selon une source sécuritaire.",
        "2025-03-14",
    );
    assert_eq!(fr.len(), 1, "{fr:#?}");
    let (_, en) = events(
        "Militants ambushed a convoy near Fada N'Gourma on Monday. The fighting in Fada lasted three hours, a security source said.",
        "2025-03-14",
    );
    assert_eq!(en.len(), 1, "{en:#?}");
}

#[test]
fn a_town_or_a_dateline_is_never_an_actor_but_a_state_may_be() {
    let e = only(
        "KABUL — Gunmen stormed a checkpoint in Jalalabad on Saturday, killing four police officers.",
        "2025-03-15",
    );
    assert!(e.actors.iter().all(|a| !["KABUL", "Jalalabad"].contains(&a.span.text.as_str())), "{:?}", e.actors);
    assert_eq!(place(&e), Some("Jalalabad"));
    let f = only(
        "BAMAKO – Des hommes armés ont attaqué samedi un poste de police à Gao, tuant quatre policiers.",
        "2025-03-15",
    );
    assert!(f.actors.iter().all(|a| !["BAMAKO", "Gao"].contains(&a.span.text.as_str())), "{:?}", f.actors);
    let e = only("Russia launched a missile strike on Odesa overnight, killing two people.", "2025-03-15");
    assert_eq!(e.actors.first().map(|a| a.span.text.as_str()), Some("Russia"));
}

#[test]
fn force_used_on_a_crowd_is_a_protest_though_no_word_names_it() {
    let e = only("Police used tear gas on hundreds of demonstrators outside parliament on Tuesday.", "2025-03-14");
    assert_eq!(e.sub_type, SubEventType::ProtestWithIntervention);
    let f = only(
        "La police a tiré des gaz lacrymogènes pour disperser des manifestants devant le ministère mardi.",
        "2025-03-14",
    );
    assert_eq!(f.sub_type, SubEventType::ProtestWithIntervention);
    // Arrests alone are arrests.
    let a = only("Police arrested three students in Lagos on Tuesday.", "2025-03-14");
    assert_eq!(a.sub_type, SubEventType::Arrests);
}

#[test]
fn a_person_named_beside_a_source_is_no_actor() {
    let f = only(
        "Selon un responsable de la Défense civile, Karim Haddad, sept personnes ont été tuées dans une frappe aérienne près de Rafah.",
        "2025-03-14",
    );
    assert!(f.actors.iter().all(|a| a.span.text != "Karim Haddad"), "{:?}", f.actors);
    let e = only(
        "According to a civil defence official, Karim Haddad, seven people were killed in an air strike near Rafah.",
        "2025-03-14",
    );
    assert!(e.actors.iter().all(|a| a.span.text != "Karim Haddad"), "{:?}", e.actors);
}

#[test]
fn the_subject_of_a_reported_clause_is_an_actor_not_the_place() {
    let (_, found) =
        events("The air force said Russia had launched 86 drones across the country overnight.", "2025-03-03");
    assert!(found.iter().all(|e| place(e) != Some("Russia")), "{found:#?}");
    let (_, found) =
        events("L'armée de l'air a indiqué que la Russie avait lancé 86 drones dans la nuit.", "2025-03-03");
    assert!(found.iter().all(|e| place(e) != Some("Russie") && place(e) != Some("Russia")), "{found:#?}");
}

#[test]
fn french_clashes_of_a_crowd_and_fire_opened_on_it() {
    let f = only(
        "Des heurts ont éclaté samedi entre manifestants et gendarmes devant la préfecture de Bastia.",
        "2025-03-14",
    );
    assert_eq!(f.sub_type, SubEventType::ViolentDemonstration);
    let f = only(
        "Les forces de l'ordre ont réagi en ouvrant le feu sur la foule des manifestants à Kasserine, blessant quatre personnes.",
        "2025-03-14",
    );
    assert_eq!(f.sub_type, SubEventType::ExcessiveForceAgainstProtesters);
}

#[test]
fn a_crowd_that_disperses_calmly_met_no_force() {
    let e = only(
        "Several hundred people marched to the county offices on Tuesday and dispersed without incident.",
        "2025-03-14",
    );
    assert_eq!(e.sub_type, SubEventType::PeacefulProtest);
    let f = only("Des centaines de partisans se sont rassemblés jeudi soir à Cotonou ; le rassemblement s'est dispersé sans incident.", "2025-03-14");
    assert_eq!(f.sub_type, SubEventType::PeacefulProtest);
}

#[test]
fn weather_around_an_accident_is_its_circumstance_and_a_weekend_holds_its_saturday() {
    let (_, found) = events(
        "A fishing boat capsized in a storm last weekend off Dakar. The boat capsized on Saturday evening, a fisherman said.",
        "2022-01-27",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].sub_type, SubEventType::Shipwreck);
    let (_, found) = events(
        "Une pirogue de pêche a chaviré dans une tempête le week-end dernier au large de Dakar. La pirogue a chaviré samedi soir, selon un pêcheur.",
        "2022-01-27",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn an_event_no_words_place_is_in_the_country_the_report_is_about() {
    let (_, found) = events(
        "Kenya's parliament passed a new fuel levy on Tuesday. Separately, the government and the unions signed an agreement to end the strike, officials said.\n\nKenya has seen weeks of protests.",
        "2025-03-14",
    );
    let agreement = of_type(&found, SubEventType::Agreement);
    assert_eq!(place(agreement), Some("Kenya"));
    let (_, found) = events(
        "Le Parlement du Kenya a voté mardi une nouvelle taxe. Par ailleurs, le gouvernement et les syndicats ont signé un accord pour mettre fin à la grève.\n\nLe Kenya connaît des semaines de manifestations.",
        "2025-03-14",
    );
    let agreement = of_type(&found, SubEventType::Agreement);
    assert_eq!(agreement.location.as_ref().and_then(|l| l.country.as_deref()), Some("Kenya"));
}

#[test]
fn a_headline_figure_summing_two_disasters_is_neither_s_toll() {
    let (_, e) = events(
        "Cyclone and landslide kill 15 in southern Madagascar\n\n\
         Cyclone Amara killed at least nine people in Toliara province on Friday, officials said.\n\n\
         A landslide set off by the rains killed six people in the hill town of Ankazoabo on Saturday.",
        "2025-03-17",
    );
    let tolls: Vec<_> = e.iter().map(|e| (e.sub_type, e.fatalities.map(|f| f.value))).collect();
    assert!(tolls.contains(&(SubEventType::Storm, Some(9.0))), "{tolls:?}");
    assert!(tolls.contains(&(SubEventType::Landslide, Some(6.0))), "{tolls:?}");
    let (_, f) = events(
        "Un cyclone et un glissement de terrain font 15 morts dans le sud de Madagascar\n\n\
         Le cyclone Amara a tué au moins neuf personnes vendredi dans la province de Toliara, selon les autorités.\n\n\
         Un glissement de terrain provoqué par les pluies a tué six personnes samedi dans la ville d'Ankazoabo.",
        "2025-03-17",
    );
    let tolls: Vec<_> = f.iter().map(|e| (e.sub_type, e.fatalities.map(|f| f.value))).collect();
    assert!(tolls.contains(&(SubEventType::Landslide, Some(6.0))), "{tolls:?}");
    assert!(!tolls.iter().any(|t| t.1 == Some(15.0)), "{tolls:?}");
}

#[test]
fn a_storm_that_breaks_over_a_valley_is_no_attack() {
    let (_, found) = events("Vendredi soir, un violent orage s'est abattu en amont du barrage.", "2024-03-04");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Attack), "{found:?}");
    let e = only("Deux gardes ont été abattus lundi à Gao, a indiqué l'armée.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Attack);
}

#[test]
fn fires_collapses_and_gas_explosions_are_accidents() {
    let e = only("A fire broke out at a textile factory in Gazipur on Tuesday, killing nine workers.", "2024-03-06");
    assert_eq!((e.sub_type, place(&e)), (SubEventType::Fire, Some("Gazipur")));
    let e = only("Un incendie s'est déclaré mardi dans un entrepôt de Lubumbashi, faisant neuf morts.", "2024-03-06");
    assert_eq!((e.sub_type, place(&e)), (SubEventType::Fire, Some("Lubumbashi")));
    let e = only("A four-storey building collapsed in Nairobi on Monday, killing at least six people.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Collapse);
    let e = only("Un immeuble s'est effondré lundi à Dakar, faisant au moins six morts.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Collapse);
    let e = only("A gas explosion tore through a restaurant in Izmir on Monday, killing four people.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    let e =
        only("Une explosion de gaz a soufflé lundi un restaurant de Marseille, tuant quatre personnes.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Explosion);
}

#[test]
fn gunfire_talks_that_collapse_and_fires_on_burnt_land_are_no_such_accidents() {
    let e = only("Gunmen opened fire on worshippers in Kaduna on Sunday, killing five people.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Attack);
    let (_, found) = events("Peace talks collapsed on Monday after the rebels walked out.", "2024-03-06");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Collapse), "{found:?}");
    let e = only("L'incendie a parcouru 900 hectares de forêt mardi près de Hyères.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Wildfire);
    // An explosion or a fire that violence caused is the violence's; a fire set is no accident.
    let e = only(
        "A suicide bomber caused an explosion at a factory in Quetta on Tuesday, killing six workers.",
        "2024-03-06",
    );
    assert_eq!(e.sub_type, SubEventType::SuicideBomb);
    let e = only(
        "Une explosion de gaz provoquée par un bombardement a tué quatre personnes mardi à Kherson.",
        "2024-03-06",
    );
    assert_eq!(e.sub_type, SubEventType::ShellingArtilleryMissileAttack);
    let (_, found) = events("Police said the blaze at the warehouse in Leeds was started deliberately.", "2024-03-06");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Fire), "{found:?}");
    let (_, found) = events("Un incendie criminel a ravagé mardi la mairie de Thiès.", "2024-03-06");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Fire), "{found:?}");
    // A name is no burnt land.
    let (_, found) = events("A blaze at a warehouse in Dallas killed two workers on Tuesday.\n\nFormer president George Bush visited the site.", "2024-03-06");
    assert!(found.iter().any(|e| e.sub_type == SubEventType::Fire), "{found:?}");
    // Houses that collapse in an earthquake are its damage.
    let (_, found) = events(
        "A strong earthquake struck western Nepal on Friday.\n\nDozens of houses collapsed in the village of Jajarkot.",
        "2024-03-06",
    );
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Collapse), "{found:?}");
    // The burnt land told after a headline's fires makes them a wildfire too.
    let (_, found) =
        events("Le Var en proie aux incendies\n\nLes flammes ont parcouru 900 hectares de forêt mardi.", "2024-03-06");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Fire), "{found:?}");
}

#[test]
fn a_battle_against_a_fire_or_a_flood_is_no_armed_clash() {
    let e = only(
        "Firefighters battled a blaze at a timber yard in Gdansk on Tuesday, the fire service said.",
        "2024-03-06",
    );
    assert_eq!(e.sub_type, SubEventType::Fire);
    let (_, found) = events("Les pompiers ont livré bataille contre les flammes toute la nuit à Tulle.", "2024-03-06");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::ArmedClash), "{found:?}");
    // Against armed men it stays a battle.
    let e = only("Soldiers battled gunmen near Maiduguri on Monday, the army said.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::ArmedClash);
    let e = only("De violents combats contre les rebelles ont eu lieu lundi près de Goma.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::ArmedClash);
}

#[test]
fn a_boiler_that_explodes_a_fire_that_sweeps_through_and_a_rockfall_are_read() {
    let e = only("A boiler exploded at a dairy in Kharkiv on Monday, injuring three workers.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    let e =
        only("Fire swept through a crowded market in Onitsha overnight, destroying dozens of stalls.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Fire);
    let e = only(
        "L'explosion d'une bonbonne de gaz a blessé trois personnes lundi dans un restaurant de Sousse.",
        "2024-03-06",
    );
    assert_eq!(e.sub_type, SubEventType::Explosion);
    let e = only("Un éboulement a fait deux morts lundi dans une mine d'or près de Kamituga.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Landslide);
}

#[test]
fn landslides_after_an_earthquake_are_its_damage() {
    let (_, found) = events(
        "A strong earthquake struck Badakhshan on Friday.\n\nRoads to the villages were cut by landslides, officials said.",
        "2024-03-06",
    );
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Landslide), "{found:?}");
    let (_, found) = events(
        "Un fort séisme a frappé le Badakhchan vendredi.\n\nLes routes ont été coupées par des éboulements, selon les autorités.",
        "2024-03-06",
    );
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Landslide), "{found:?}");
    // After floods, a landslide is an event of its own.
    let (_, found) = events(
        "Floods hit the coast of Kerala on Friday.\n\nA landslide buried a village near Wayanad on Sunday, killing 12 people.",
        "2024-03-06",
    );
    assert!(found.iter().any(|e| e.sub_type == SubEventType::Landslide), "{found:?}");
}

#[test]
fn a_vehicle_that_burns_after_its_crash_is_one_transport_accident() {
    let e = only(
        "A minibus caught fire after it plunged into a ravine near Bamenda on Friday, killing nine.",
        "2024-03-06",
    );
    assert_eq!(e.sub_type, SubEventType::TransportAccident);
    let e = only(
        "Un camion est tombé dans un ravin et a pris feu près de Kindia vendredi, faisant neuf morts.",
        "2024-03-06",
    );
    assert_eq!(e.sub_type, SubEventType::TransportAccident);
    // A fire on its own stays a fire.
    let e = only("A house caught fire in Bamenda on Friday, killing two children.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::Fire);
}

#[test]
fn a_battle_under_fire_or_over_a_fire_stays_a_battle_and_a_landslide_with_its_own_toll_stays() {
    let e = only(
        "Troops fought through intense fire from the insurgents near Gao, and five soldiers were killed.",
        "2024-03-06",
    );
    assert_eq!(e.sub_type, SubEventType::ArmedClash);
    let e = only("Des affrontements après l'incendie du marché ont fait deux morts à Kankan.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::ArmedClash);
    let (_, found) = events(
        "An earthquake hit Hokkaido on Monday, killing three.\n\nIn Peru, heavy rain caused a landslide on Tuesday that killed 11.",
        "2024-03-06",
    );
    assert!(found.iter().any(|e| e.sub_type == SubEventType::Landslide), "{found:?}");
}

/// (sub-type, date value, earlier) of every event of `text`.
fn dated_events(text: &str, date: &str) -> Vec<(SubEventType, Option<String>, bool)> {
    events(text, date).1.into_iter().map(|e| (e.sub_type, e.date.map(|d| d.value), e.earlier)).collect()
}

#[test]
fn history_told_beside_the_incident_is_an_earlier_event() {
    let en = "A magnitude 5.8 earthquake struck the hill district of Sarango on Thursday, killing 14 people.\n\n\
        Rescuers searched the rubble through the night.\n\nMany of the houses were built of mud brick.\n\n\
        In 2011, an earthquake in the same province killed more than 300 people.\n\n\
        Rebels seized the provincial capital in 2016 and held it for a year.";
    assert_eq!(
        dated_events(en, "2025-03-14"),
        vec![
            (SubEventType::Earthquake, Some("2025-03-13".into()), false),
            (SubEventType::Earthquake, Some("2011".into()), true),
            (SubEventType::NonStateActorOvertakesTerritory, Some("2016".into()), true),
        ]
    );
    let fr = "Un séisme de magnitude 5,8 a frappé jeudi le district montagneux de Sarango, faisant 14 morts.\n\n\
        Les secours ont fouillé les décombres toute la nuit.\n\nBeaucoup de maisons étaient en briques.\n\n\
        En 2011, un séisme avait tué plus de 300 personnes dans la même province.";
    assert_eq!(
        dated_events(fr, "2025-03-14"),
        vec![
            (SubEventType::Earthquake, Some("2025-03-13".into()), false),
            (SubEventType::Earthquake, Some("2011".into()), true),
        ]
    );
    // The start of the incident itself, days before the opening's day, is no history.
    let start = "Fighting between the army and rebels raged for a fifth day on Monday around Sarango.\n\n\
        Hundreds of families fled.\n\nShops stayed shut.\n\n\
        The clashes erupted on Wednesday when rebels attacked an army post.";
    assert!(dated_events(start, "2025-03-10").iter().all(|e| !e.2), "{:?}", dated_events(start, "2025-03-10"));
    let début =
        "Les combats entre l'armée et les rebelles ont duré pour le cinquième jour lundi autour de Sarango.\n\n\
        Des centaines de familles ont fui.\n\nLes boutiques sont restées fermées.\n\n\
        Les affrontements ont éclaté le 5 mars quand des rebelles ont attaqué un poste de l'armée.";
    assert!(dated_events(début, "2025-03-10").iter().all(|e| !e.2), "{:?}", dated_events(début, "2025-03-10"));
    // An event of the opening is the incident's, whatever its date; one of last week is not history.
    let lead = "A bridge that collapsed in a flood last August was reopened on Monday.\n\n\
        A landslide blocked the road on Tuesday.";
    assert!(dated_events(lead, "2025-03-14").iter().all(|e| !e.2), "{:?}", dated_events(lead, "2025-03-14"));
}

#[test]
fn a_part_of_a_country_is_placed_in_that_country() {
    let text = "Des rebelles ont tué 12 civils mardi dans l'Est de la République démocratique du Congo, selon l'armée.";
    let e = only(text, "2025-03-14");
    assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some("Democratic Republic of the Congo"));
}

#[test]
fn a_village_named_after_the_lead_s_province_on_the_same_day_is_the_event_s_place() {
    let text = "Au moins huit éleveurs ont été tués mardi dans la province du Kasaï lors d'une attaque de bandits armés, selon la police. L'attaque a visé mardi soir le hameau de Bakwa Ndaye, selon un chef local.";
    assert_eq!(place(&only(text, "2025-03-16")), Some("Bakwa Ndaye"));
    let text = "At least eight herders were killed on Tuesday in an attack by armed bandits in Kasai province, police said. The attack hit the hamlet of Bakwa Ndaye on Tuesday evening, a local chief said.";
    assert_eq!(place(&only(text, "2025-03-16")), Some("Bakwa Ndaye"));
}

#[test]
fn a_gathering_is_a_protest_only_when_protesters_gather() {
    let (_, found) =
        events("Les fidèles s'étaient rassemblés dans la mosquée pour la prière du vendredi.", "2025-03-14");
    assert!(found.iter().all(|e| e.event_type != EventType::Protests), "{found:#?}");
    let (_, found) = events(
        "Des centaines de partisans de l'opposition se sont rassemblés jeudi devant le siège du parti.",
        "2025-03-14",
    );
    assert!(found.iter().any(|e| e.sub_type == SubEventType::PeacefulProtest), "{found:#?}");
    let (_, found) = events("Mourners gathered outside the mosque for the funeral prayers on Friday.", "2025-03-14");
    assert!(found.iter().all(|e| e.event_type != EventType::Protests), "{found:#?}");
}

#[test]
fn what_blows_up_by_accident_is_an_accidental_explosion() {
    let e = only(
        "A fuel tanker parked outside a market in Kitwe on Friday night suddenly exploded, causing six deaths.",
        "2025-03-16",
    );
    assert_eq!((e.sub_type, place(&e)), (SubEventType::Explosion, Some("Kitwe")));
    let e = only("Fuel tanker explosion kills six on highway near Kitwe", "2025-03-16");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    let e = only("The explosion of a fuel tanker killed 12 people in Kaduna on Monday.", "2025-03-16");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    let e = only("Une citerne de carburant a explosé vendredi à Kitwe, faisant six morts.", "2025-03-16");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    // A bomb's explosion is violence, not an accident.
    let e = only("Une bombe a explosé près du marché de Gao, faisant trois morts.", "2025-03-16");
    assert_eq!(e.event_type, EventType::ExplosionsRemoteViolence);
    let e = only("A car bomb exploded near a fuel depot in Kabul, killing ten people.", "2025-03-16");
    assert_eq!(e.event_type, EventType::ExplosionsRemoteViolence);
}

#[test]
fn tear_gas_and_military_tankers_are_no_accidental_explosion() {
    let (_, found) = events("Tear gas canisters exploded among the protesters, injuring 12.", "2025-03-16");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Explosion), "{found:#?}");
    let (_, found) =
        events("Des cartouches de gaz lacrymogène ont explosé près du cortège, blessant huit personnes.", "2025-03-16");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Explosion), "{found:#?}");
    // What blows up by accident after "at": "an explosion at a fuel depot".
    let e = only("An explosion at a fuel depot killed seven people in Conakry on Monday.", "2025-03-16");
    assert_eq!(e.sub_type, SubEventType::Explosion);
}

#[test]
fn a_gathering_bombed_is_the_bombing_s_place_and_the_blast_told_again_adds_when_and_where() {
    let en = "A suicide bomber blew himself up at an election rally in eastern Afghanistan, killing 12 people. \
              The blast happened on Friday in the town of Gardez.";
    let e = only(en, "2024-05-12");
    assert_eq!(e.sub_type, SubEventType::SuicideBomb);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2024-05-10"));
    assert_eq!(place(&e), Some("Gardez"));
    let fr = "Un kamikaze s'est fait exploser lors d'un meeting électoral dans l'est de l'Afghanistan, tuant 12 \
              personnes. L'explosion a eu lieu vendredi dans la ville de Gardez.";
    let e = only(fr, "2024-05-12");
    assert_eq!(e.sub_type, SubEventType::SuicideBomb);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2024-05-10"));
    assert_eq!(place(&e), Some("Gardez"));
    // Told alone, "the blast" is no event.
    let (_, events) = events("The blast was heard across the city, residents said.", "2024-05-12");
    assert!(events.is_empty(), "{events:#?}");
}

#[test]
fn a_disaster_caused_by_another_is_one_event_even_when_the_cause_is_named_again() {
    let en = "A landslide triggered by flooding buried part of a hillside village in western Nepal on Tuesday. \
              The floods have killed at least 14 people, police said.";
    let e = only(en, "2024-07-04");
    assert_eq!(e.sub_type, SubEventType::Landslide);
    assert_eq!(e.fatalities.map(|f| f.value), Some(14.0));
    let fr = "Un glissement de terrain provoqué par des inondations a enseveli une partie d'un village de \
              l'ouest du Népal mardi. Les inondations ont fait au moins 14 morts, selon la police.";
    let e = only(fr, "2024-07-04");
    assert_eq!(e.sub_type, SubEventType::Landslide);
    assert_eq!(e.fatalities.map(|f| f.value), Some(14.0));
}

#[test]
fn explosions_told_before_the_attack_they_belong_to_make_it_a_bombing_and_date_it() {
    let en = "Two explosions shook a market in Quetta on Tuesday, killing nine people. Officials called it a \
              terrorist attack.";
    let e = only(en, "2024-02-08");
    assert_eq!(e.sub_type, SubEventType::RemoteExplosive);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2024-02-06"));
    assert_eq!(e.fatalities.map(|f| f.value), Some(9.0));
    let fr = "Deux explosions ont secoué un marché de Quetta mardi, tuant neuf personnes. Les autorités ont \
              dénoncé une attaque terroriste.";
    let e = only(fr, "2024-02-08");
    assert_eq!(e.sub_type, SubEventType::RemoteExplosive);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2024-02-06"));
    assert_eq!(e.fatalities.map(|f| f.value), Some(9.0));
}

#[test]
fn a_protest_against_a_bombing_is_a_protest_and_a_cause_told_first_keeps_its_own_event() {
    let (_, e) = events(
        "Hundreds of people protested in Quetta on Tuesday against a suicide bombing that killed 12 people.",
        "2024-03-06",
    );
    assert!(e.iter().any(|e| e.event_type == EventType::Protests), "{e:#?}");
    let (_, e) = events(
        "Des centaines de personnes ont manifesté mardi à Quetta contre l'attentat suicide qui a fait 12 morts.",
        "2024-03-06",
    );
    assert!(e.iter().any(|e| e.event_type == EventType::Protests), "{e:#?}");
    let en = "Floods killed 20 people in Sindh on Monday.\nA landslide caused by the floods buried a village.\n\
              The floods also destroyed 500 homes.";
    let (_, e) = events(en, "2024-03-06");
    let flood = of_type(&e, SubEventType::Flood);
    assert_eq!(flood.mentions.len(), 2, "{e:#?}");
}

#[test]
fn a_disaster_s_word_after_armed_men_or_a_crowd_is_what_they_do() {
    let (_, e) = events("Gunmen storm a hotel in the capital, taking guests hostage.", "2025-03-11");
    assert!(e.iter().all(|e| e.sub_type != SubEventType::Storm), "{e:?}");
    let (_, e) = events("A storm hit the coast on Monday, killing four fishermen.", "2025-03-11");
    assert_eq!(e[0].sub_type, SubEventType::Storm);
}

#[test]
fn an_activity_stopped_is_no_arrest() {
    let (_, e) = events("Les opérations de secours ont été arrêtées mardi soir.", "2025-03-11");
    assert!(e.iter().all(|e| e.sub_type != SubEventType::Arrests), "{e:?}");
    let (_, e) = events("Les travaux ont été arrêtés après l'effondrement.", "2025-03-11");
    assert!(e.iter().all(|e| e.sub_type != SubEventType::Arrests), "{e:?}");
    let (_, e) = events("Douze étudiants ont été arrêtés mardi.", "2025-03-11");
    assert_eq!(e[0].sub_type, SubEventType::Arrests);
}

#[test]
fn an_explosion_at_a_block_of_flats_with_no_weapon_is_an_accident() {
    let e = only("Two people died in an explosion in a block of flats on Friday, firefighters said.", "2025-03-11");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    let e =
        only("Deux personnes sont mortes dans l'explosion d'un immeuble vendredi, selon les pompiers.", "2025-03-11");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    // A bomb makes it an attack.
    let e = only("A bomb explosion in a block of flats killed four people.", "2025-03-11");
    assert_ne!(e.sub_type, SubEventType::Explosion);
}

#[test]
fn dams_that_burst_and_bridges_or_buildings_that_collapsed_are_collapses() {
    for text in [
        "A dam burst at a copper mine near Kitwe on Friday, killing at least 11 workers.",
        "The collapse of a bridge over the Tagus killed seven drivers on Friday.",
        "La rupture d'un barrage minier a fait onze morts vendredi près de Kolwezi.",
        "Le bilan du bâtiment qui s'est effondré vendredi à Abidjan s'élève à neuf morts.",
    ] {
        let (_, found) = events(text, "2024-03-09");
        assert!(found.iter().any(|e| e.sub_type == SubEventType::Collapse), "{text}: {found:#?}");
    }
}

#[test]
fn a_word_for_any_mishap_with_no_vehicle_is_the_incident_again() {
    // "the accident" with no vehicle points back to the collapse.
    let text = "A building collapsed in Lagos on Friday, killing nine people. \
                Police opened an inquiry into the accident.";
    let (_, found) = events(text, "2024-03-09");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::TransportAccident), "{found:#?}");
    let text = "Un immeuble s'est effondré vendredi à Lomé, faisant neuf morts. \
                Une enquête a été ouverte sur l'accident, a indiqué la police.";
    let (_, found) = events(text, "2024-03-09");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::TransportAccident), "{found:#?}");
    // Where the report names no other incident, it is one of its own.
    let e = only("Nine people died in an accident near Kano on Friday, police said.", "2024-03-09");
    assert_eq!(e.sub_type, SubEventType::TransportAccident);
    let e = only("Un accident a fait douze morts samedi près de Mopti, a indiqué la police.", "2024-03-09");
    assert_eq!(e.sub_type, SubEventType::TransportAccident);
    // Beside a vehicle it is a transport accident.
    let e = only("Six people died in an accident involving a minibus near Thiès on Friday.", "2024-03-09");
    assert_eq!(e.sub_type, SubEventType::TransportAccident);
    let e = only("Six personnes sont mortes vendredi dans un accident de minibus près de Thiès.", "2024-03-09");
    assert_eq!(e.sub_type, SubEventType::TransportAccident);
}

#[test]
fn a_name_before_the_structure_that_collapsed_is_the_structure_s() {
    let e = only("The Vasco bridge collapsed in Porto on Tuesday, killing 14 people.", "2024-03-09");
    assert_eq!((e.sub_type, place(&e)), (SubEventType::Collapse, Some("Porto")));
    let e = only("The Vasco bridge collapsed on Tuesday, killing 14 people.", "2024-03-09");
    assert_ne!(place(&e), Some("Vasco"));
    // A town's name before its bridge is where it stands.
    let e = only("The Baltimore bridge collapsed on Tuesday, killing six workers.", "2024-03-09");
    assert_eq!(place(&e), Some("Baltimore"));
}

#[test]
fn a_crowd_crush_is_a_stampede_accident_in_both_languages() {
    let e = only(
        "At least nine people died in a stampede outside a football stadium in Kumasi on Saturday, police said.",
        "2025-05-12",
    );
    assert_eq!((e.event_type, e.sub_type), (EventType::Accidents, SubEventType::Stampede));
    assert_eq!(place(&e), Some("Kumasi"));
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-05-10"));
    assert_eq!(e.fatalities.map(|f| f.value), Some(9.0));
    let f = only(
        "Au moins neuf personnes sont mortes samedi dans une bousculade devant un stade de Kumasi, selon la police.",
        "2025-05-12",
    );
    assert_eq!((f.event_type, f.sub_type), (EventType::Accidents, SubEventType::Stampede));
    assert_eq!(place(&f), Some("Kumasi"));
    assert_eq!(f.fatalities.map(|f| f.value), Some(9.0));
    let g = only(
        "Trois spectateurs sont morts vendredi dans un mouvement de foule à la sortie d'un concert à Dakar.",
        "2025-05-12",
    );
    assert_eq!(g.sub_type, SubEventType::Stampede);
}

#[test]
fn an_avalanche_is_a_disaster_in_both_languages() {
    let e = only("An avalanche killed three skiers near Zermatt on Thursday, rescuers said.", "2025-02-10");
    assert_eq!((e.event_type, e.sub_type), (EventType::Disasters, SubEventType::Avalanche));
    assert_eq!(place(&e), Some("Zermatt"));
    assert_eq!(e.fatalities.map(|f| f.value), Some(3.0));
    assert!(e.actors.is_empty(), "{e:#?}");
    let f = only("Une avalanche a tué trois skieurs jeudi près de Zermatt, selon les secouristes.", "2025-02-10");
    assert_eq!((f.event_type, f.sub_type), (EventType::Disasters, SubEventType::Avalanche));
    assert_eq!(place(&f), Some("Zermatt"));
}

#[test]
fn a_crowd_crush_that_violence_set_off_is_a_part_of_that_violence() {
    let e = only("A grenade thrown into the market set off a stampede, killing 6 people.", "2025-05-12");
    assert_eq!(e.event_type, EventType::ExplosionsRemoteViolence);
    assert_eq!(e.fatalities.map(|f| f.value), Some(6.0));
    let f = only(
        "La police a tiré des gaz lacrymogènes sur les manifestants, provoquant une bousculade qui a fait 4 morts.",
        "2025-05-12",
    );
    assert_eq!(f.event_type, EventType::Protests);
}

#[test]
fn a_danger_foretold_and_a_figure_of_speech_are_no_disasters() {
    for (text, date) in [
        ("The avalanche risk was raised to four on a scale of five in the Valais on Monday.", "2025-02-10"),
        ("A flood warning was issued for the lower valley of the Ouémé.", "2025-02-10"),
        ("Le risque d'avalanche est passé à 4 sur 5 en Savoie lundi.", "2025-02-10"),
        ("Le département a été placé en vigilance aux crues dimanche.", "2025-02-10"),
        ("The mayor faced an avalanche of complaints after the market closed.", "2025-02-10"),
        ("Le ministre a reçu une avalanche de critiques après le vote.", "2025-02-10"),
    ] {
        let (_, e) = events(text, date);
        assert!(e.is_empty(), "{text}: {e:#?}");
    }
}

#[test]
fn a_disaster_that_strikes_is_no_air_strike() {
    let (_, e) = events(
        "Le cyclone a touché terre mardi. C'est la plus forte tempête qui frappe l'île depuis dix ans.",
        "2025-03-12",
    );
    assert!(e.iter().all(|e| e.event_type == EventType::Disasters), "{e:#?}");
}

#[test]
fn a_region_noun_written_without_its_accent_still_opens_the_region_s_name() {
    let e = only("Une explosion de gaz a fait 9 morts samedi dans un hôtel de l'Etat du Kerala.", "2025-03-12");
    assert_eq!(place(&e), Some("Etat du Kerala"));
}

#[test]
fn where_people_came_from_and_where_a_storm_formed_are_not_the_event_s_place() {
    let e = only(
        "A dinghy with 150 migrants on board capsized off Djibouti on Tuesday, on the crossing from the Sahel.",
        "2025-04-10",
    );
    assert_eq!(place(&e), Some("Djibouti"));
    let f = only(
        "Un bateau transportant des migrants partis depuis l'Afrique de l'Ouest a chaviré mardi au large de Malte.",
        "2025-04-10",
    );
    assert_eq!(place(&f), Some("Malte"));
    let e =
        only("Formed over the Indian Ocean, the cyclone struck Mozambique on Friday, killing 14 people.", "2025-03-17");
    assert_eq!(place(&e), Some("Mozambique"));
    let f = only(
        "Née au-dessus de l'océan Indien, la tempête a touché vendredi le Mozambique, faisant 14 morts.",
        "2025-03-17",
    );
    assert_eq!(place(&f), Some("Mozambique"));
}

#[test]
fn narrow_readings_of_origins_strikes_and_regions_leave_other_sentences_alone() {
    // A distance from a place still places the event near it.
    let e = only("Fighting broke out 20 km from Bunia on Monday, killing 8 people.", "2025-06-10");
    assert_eq!(place(&e), Some("Bunia"));
    // The only place, in an opening participle's phrase, is still the best guess.
    let e = only("Stranded in Rafah, families said an air strike killed 20 people on Monday.", "2025-06-10");
    assert_eq!(place(&e), Some("Rafah"));
    // A strike after a disaster named before is a strike when the disaster is not its subject.
    let (_, e) = events("After the earthquake, fighter jets strike Idlib, killing 7 people on Monday.", "2025-06-10");
    assert!(e.iter().any(|e| e.sub_type == SubEventType::AirDroneStrike), "{e:#?}");
    // A country's State is its government, no region.
    let (out, _) = events("Le chef de l'Etat du Mali a condamné l'attaque.", "2025-06-10");
    assert!(out.entities.iter().all(|e| e.name != "Etat du Mali"), "{:#?}", out.entities);
}

#[test]
fn an_undated_event_takes_the_day_of_the_sentence_that_leads_into_it() {
    let e = only(
        "On Tuesday night, armed men entered the village of Djibo from the north. The attack left nine people dead.",
        "2025-06-12",
    );
    assert!(e.date.as_ref().is_some_and(|d| d.value.starts_with("2025-06-10")), "{e:#?}");
    let f = only(
        "Mardi soir, des hommes armés sont entrés dans le village de Djibo par le nord. L'attaque a fait neuf morts.",
        "2025-06-12",
    );
    assert!(f.date.as_ref().is_some_and(|d| d.value.starts_with("2025-06-10")), "{f:#?}");
    // Not across a paragraph, nor from a sentence that tells of another event.
    let e =
        only("On Tuesday, armed men entered the village of Djibo.\n\nThe attack left nine people dead.", "2025-06-12");
    assert!(e.date.is_none(), "{e:#?}");
}

#[test]
fn a_fire_beside_the_building_it_burns_is_a_fire_and_gunfire_is_not() {
    let e = only("A fire at a crowded night club killed 12 people on Saturday.", "2025-06-10");
    assert_eq!(e.sub_type, SubEventType::Fire);
    let e = only("A day of mourning followed the nightclub fire at Ohrid, which killed 23 people.", "2025-06-10");
    assert_eq!(e.sub_type, SubEventType::Fire);
    let f = only("Le feu a pris dans une discothèque du centre-ville, tuant 12 personnes.", "2025-06-10");
    assert_eq!(f.sub_type, SubEventType::Fire);
    // Gunfire, and a fire's word before a noun.
    let (_, found) = events("Gunmen opened fire at the hotel, killing five guests.", "2025-06-10");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Fire), "{found:#?}");
    let (_, found) = events("The convoy came under fire near the market.", "2025-06-10");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Fire), "{found:#?}");
    let (_, found) = events("Fire crews reached the school late.", "2025-06-10");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn an_explosion_at_a_building_in_a_report_of_no_violence_is_an_accident() {
    let e = only("An explosion at a hotel in the capital killed 30 people on Friday.", "2025-06-10");
    assert_eq!(e.sub_type, SubEventType::Explosion);
    let f = only("Une explosion dans un hôtel de la capitale a fait 30 morts vendredi.", "2025-06-10");
    assert_eq!(f.sub_type, SubEventType::Explosion);
    // A bomb named anywhere in the report makes it the bomb's.
    let (_, found) = events(
        "An explosion at a market killed 12 people. Police said a suicide bomber had detonated his vest.",
        "2025-06-10",
    );
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Explosion), "{found:#?}");
    // Nor an explosion of prices, sales or cases.
    for text in [
        "Traders at the market complained about an explosion in food prices.",
        "The explosion of online sales has hurt shops at the mall.",
        "Les commerçants du marché dénoncent l'explosion des prix.",
    ] {
        let (_, found) = events(text, "2025-06-10");
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
    // Nor with no building named.
    let (_, found) = events("An explosion hit the capital on Friday, killing 30 people.", "2025-06-10");
    assert!(found.iter().all(|e| e.sub_type != SubEventType::Explosion), "{found:#?}");
}

#[test]
fn an_avalanche_of_earth_or_mud_slid_and_one_of_complaints_did_not() {
    let e = only("An avalanche of earth buried a hamlet on Friday, destroying 14 houses.", "2025-06-10");
    assert_eq!(e.sub_type, SubEventType::Landslide);
    let f = only("Une avalanche de boue a englouti le village dimanche soir, faisant 12 morts.", "2025-06-10");
    assert_eq!(f.sub_type, SubEventType::Landslide);
    let e = only("An avalanche of snow buried three skiers on Saturday.", "2025-06-10");
    assert_eq!(e.sub_type, SubEventType::Avalanche);
    let (_, found) = events("The minister faced an avalanche of criticism on Monday.", "2025-06-10");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_danger_or_a_threat_foretold_is_no_disaster() {
    for (text, date) in [
        ("The agency had warned of landslide danger for the area in February.", "2025-06-10"),
        ("The flood threat remains high along the river, officials said.", "2025-06-10"),
        ("Le danger d'avalanche reste élevé dans le massif.", "2025-06-10"),
        ("La menace de crue persiste sur la vallée.", "2025-06-10"),
    ] {
        let (_, found) = events(text, date);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn a_deadline_does_not_date_an_event_but_the_end_of_a_range_may() {
    // 2025-02-28 is a Friday.
    for text in [
        "Gunmen attacked a convoy near Kidal, and the town stays under curfew until Sunday.",
        "Des hommes armés ont attaqué un convoi près de Kidal, et la ville reste sous couvre-feu jusqu'à dimanche.",
    ] {
        let (_, found) = events(text, "2025-02-28");
        let attack = of_type(&found, SubEventType::Attack);
        assert!(attack.date.is_none(), "{:?}", attack.date);
    }
    let e = only("Des drones ont frappé le quartier de 23 heures jusqu'à l'aube lundi.", "2025-02-28");
    assert!(e.date.is_some(), "{e:?}");
}

#[test]
fn an_attack_that_kills_soldiers_is_an_armed_clash() {
    for text in [
        "Gunmen stormed an army base in the north on Monday, killing six soldiers, the defence ministry said.",
        "Des hommes armés ont attaqué lundi un poste de l'armée dans le nord, tuant six soldats, selon \
         l'état-major.",
    ] {
        let e = only(text, "2024-03-06");
        assert_eq!(e.sub_type, SubEventType::ArmedClash, "{text}");
        assert_eq!(e.event_type, EventType::Battles, "{text}");
    }
}

#[test]
fn an_ambush_that_hits_only_travellers_is_an_attack_on_civilians() {
    for text in [
        "Armed men ambushed a minibus on the road to the capital on Sunday evening, killing eight passengers.",
        "Des hommes armés ont tendu une embuscade à un minibus dimanche soir sur la route de la capitale, \
         tuant huit passagers.",
    ] {
        let e = only(text, "2024-03-06");
        assert_eq!(e.sub_type, SubEventType::Attack, "{text}");
        assert_eq!(e.event_type, EventType::ViolenceAgainstCivilians, "{text}");
    }
    // Soldiers among those hit keep it a fight.
    let e = only("Rebels ambushed an army convoy on Sunday, killing four soldiers.", "2024-03-06");
    assert_eq!(e.sub_type, SubEventType::ArmedClash);
}

#[test]
fn a_bomb_told_later_as_a_suicide_bomber_s_is_one_suicide_bombing() {
    for text in [
        "A car bomb exploded outside a checkpoint in Mosul on Sunday, killing six soldiers, the army said. An officer \
         said the attack was carried out by a suicide bomber.",
        "Une voiture piégée a explosé devant un barrage à Mossoul dimanche, tuant six soldats, selon l'armée. Selon un \
         officier, l'attaque a été menée par un kamikaze.",
    ] {
        let e = only(text, "2024-02-12");
        assert_eq!(e.sub_type, SubEventType::SuicideBomb, "{text}");
        assert_eq!(e.fatalities.map(|f| f.value), Some(6.0), "{text}");
    }
}

#[test]
fn a_fire_at_a_shelter_or_a_centre_is_a_fire_and_a_place_of_origin_is_not_where_it_burned() {
    let text = "A fire at a shelter for asylum seekers in Kano has left eleven residents dead. Most residents had \
                come from Chad and Niger, the agency said.";
    let (_, all) = events(text, "2025-03-14");
    let e = of_type(&all, SubEventType::Fire);
    assert_eq!(place(e), Some("Kano"));
    assert_eq!(e.fatalities.map(|f| f.value), Some(11.0));
    let f =
        only("Un incendie dans un centre d'hébergement de Lyon a fait cinq morts, selon les pompiers.", "2025-03-14");
    assert_eq!(f.sub_type, SubEventType::Fire);
    assert_eq!(place(&f), Some("Lyon"));
}

#[test]
fn deaths_dated_before_after_are_the_event_s_that_after_brings_in() {
    let e = only(
        "In January, more than 60 herders were killed near Rumbek after militiamen raided their cattle camp.",
        "2025-03-14",
    );
    assert_eq!(e.sub_type, SubEventType::Attack);
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-01"));
    let f = only(
        "En janvier, 60 éleveurs ont été tués près de Rumbek après que des miliciens ont attaqué leur camp.",
        "2025-03-14",
    );
    assert_eq!(f.date.as_ref().map(|d| d.value.as_str()), Some("2025-01"));
    assert_eq!(f.fatalities.map(|f| f.value), Some(60.0));
    // Not a search called off after a sinking: that is dated, not the sinking.
    let (_, all) =
        events("Rescuers called off the search on Wednesday after the boat sank off Lampedusa.", "2025-03-14");
    assert!(all.iter().all(|e| e.date.as_ref().is_none_or(|d| d.value != "2025-03-12")), "{all:#?}");
}

#[test]
fn an_accident_a_month_or_more_before_the_report_is_not_the_report_s_own() {
    let en = "A bus and a lorry collided near Garoua. The crash comes three months after another bus of the same \
              company overturned near Kousseri on 9 May, killing 12 people.";
    let (_, all) = events(en, "2025-08-10");
    assert_eq!(all.len(), 2, "{all:#?}");
    let fr = "Un bus et un camion sont entrés en collision près de Garoua. L'accident survient trois mois après \
              celui du 9 mai, quand un autre bus de la même compagnie s'est renversé près de Kousseri, faisant 12 morts.";
    let (_, all) = events(fr, "2025-08-10");
    assert_eq!(all.len(), 2, "{all:#?}");
    // Told again with no date, the report's own accident is one.
    let one = "A bus and a lorry collided near Garoua on Wednesday, killing nine. The bus overturned after the \
               crash.";
    assert_eq!(events(one, "2025-08-10").1.len(), 1);
}
