"""Route ties from hand-built Docs: same sentence, paragraph opened by the route, bystanders."""

from __future__ import annotations

from handdoc import letter_of, make_doc

from extractor.relations.route_ties import find_route_ties

COUNTRIES = [
    ("Libya", "LBY", None),
    ("Tunisia", "TUN", None),
    ("Senegal", "SEN", None),
    ("Mauritania", "MRT", None),
    ("Albania", "ALB", None),
    ("Croatia", "HRV", None),
    ("Colombia", "COL", None),
    ("Niger", "NER", None),
    ("Syrian", "SYR", None),
    ("Italy", "ITA", None),
    ("Morocco", "MAR", None),
    ("Syrians", "SYR", None),
    ("Eritreans", "ERI", None),
    ("Libyan", "LBY", None),
    ("Spain", "ESP", None),
    ("Portugal", "PRT", None),
    ("Spanish", "ESP", None),
    ("Serbia", "SRB", None),
    ("Moroccan", "MAR", None),
    ("Tunisian", "TUN", None),
    ("Nigerien", "NER", None),
]
ROUTES = [
    ("Central Mediterranean", "Central Mediterranean", None),
    ("Western Mediterranean", "Western Mediterranean", None),
    ("Atlantic", "Western African", None),
    ("Western Balkans route", "Western Balkans", None),
]


def ties(body: str) -> set[tuple[str, str, str]]:
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    return {(t.route, t.country, t.role) for t in find_route_ties(doc, [], letter_of(body))}


def test_country_of_departure_in_the_routes_sentence():
    found = ties("Libya remains the main country of departure on the Central Mediterranean route.")
    assert found == {("Central Mediterranean", "LBY", "departure")}


def test_partners_on_a_double_route():
    found = ties(
        "On the Western Mediterranean/Atlantic route, we are progressing on a new partnership with "
        "Senegal and implementing the partnership with Mauritania."
    )
    assert found == {
        ("Western Mediterranean", "SEN", "partner"),
        ("Western Mediterranean", "MRT", "partner"),
        ("Western African", "SEN", "partner"),
        ("Western African", "MRT", "partner"),
    }


def test_bystanders_in_a_paragraph_opened_by_the_route_are_not_tied():
    found = ties(
        "The Western Balkans route saw a further drop in crossings. Police cooperation led to the "
        "dismantling of a network between Albania, Croatia and Colombia. Syrian nationals remain "
        "the largest group."
    )
    assert found == set()


def test_paragraph_opened_by_the_route_ties_countries_with_a_role():
    found = ties(
        "On the Central Mediterranean route, arrivals rose by 3%. Most boats leave from Libya. "
        "Transit through Niger continues.\n\nMorocco is a key partner."
    )
    assert found == {("Central Mediterranean", "LBY", "departure"), ("Central Mediterranean", "NER", "transit")}


def test_route_in_the_middle_of_a_paragraph_ties_only_its_own_sentence():
    found = ties(
        "Cooperation with Tunisia is good. Departures from Libya on the Central Mediterranean route fell. "
        "Our partnership with Morocco deepens."
    )
    assert found == {("Central Mediterranean", "LBY", "departure")}


def test_evidence_is_the_sentence_of_the_country():
    body = "On the Central Mediterranean route, flows are stable. Most boats leave from Libya."
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    (tie,) = find_route_ties(doc, [], letter_of(body))
    assert tie.evidence.sentence == 1
    assert body[tie.evidence.start : tie.evidence.end] == "Most boats leave from Libya."


def test_nationalities_are_not_tied_and_each_country_goes_to_its_nearest_route():
    found = ties(
        "The top nationalities are Syrians and Eritreans, many of whom travelled along the Central "
        "Mediterranean route through Libya and Italy, or along the Western Balkans route."
    )
    assert found == {("Central Mediterranean", "LBY", "transit"), ("Central Mediterranean", "ITA", "transit")}


def test_that_route_and_these_countries_point_back():
    found = ties(
        "I write about the situation along the Western Balkans route.\n\n"
        "Crossings on that route fell. We signed an agreement with Albania. Talks with Serbia are "
        "advanced. These countries are the main partners on the route."
    )
    assert found == {("Western Balkans", "ALB", "partner"), ("Western Balkans", "SRB", "partner")}


def test_a_letter_about_one_route_ties_later_departures():
    found = ties(
        "The pressure on the Central Mediterranean route has grown.\n\n"
        "Most arrivals departed from North Africa, most from Libya, after crossing Niger. "
        "Nationals of Morocco were the largest group.\n\n"
        "On the Western Mediterranean route, departures from Senegal rose.\n\n"
        "Boats also left from Tunisia."
    )
    assert found == {
        ("Central Mediterranean", "LBY", "departure"),
        ("Central Mediterranean", "NER", "transit"),
        ("Western Mediterranean", "SEN", "departure"),
        ("Western Mediterranean", "TUN", "departure"),
    }


def test_a_country_without_a_role_beside_ones_with_roles_is_not_tied():
    found = ties(
        "On the Central Mediterranean route, Italy saw more arrivals, mainly departing from Tunisia and "
        "Libya, while Morocco reported fewer."
    )
    # Italy, a Member State where people arrive, is the Union's side of the route, not tied.
    assert found == {
        ("Central Mediterranean", "TUN", "departure"),
        ("Central Mediterranean", "LBY", "departure"),
    }


def test_route_from_a_list_of_countries_is_departure():
    found = ties("Arrivals rose, mainly on the Central Mediterranean route from Tunisia and Libya.")
    assert found == {("Central Mediterranean", "TUN", "departure"), ("Central Mediterranean", "LBY", "departure")}


def test_a_list_shares_its_first_members_role_in_a_paragraph_opened_by_the_route():
    found = ties(
        "On the Central Mediterranean route, pressure rose. Most boats had set out from Tunisia, Libya, Niger and Morocco."
    )
    assert found == {("Central Mediterranean", c, "departure") for c in ("TUN", "LBY", "NER", "MAR")}


def test_a_landmark_picks_one_of_the_routes_a_paragraph_opens_with():
    found = ties(
        "Along the Central Mediterranean and Atlantic routes, pressure has grown. Arrivals in the Canary "
        "Islands had mostly departed from Senegal and Mauritania."
    )
    assert found == {("Western African", "SEN", "departure"), ("Western African", "MRT", "departure")}


def test_no_landmark_no_tie_when_a_paragraph_opens_with_several_routes():
    found = ties(
        "Along the Central Mediterranean and Atlantic routes, pressure has grown. In Tunisia, Niger and "
        "Morocco many young people see departure as their only option."
    )
    assert found == set()


def test_the_sentence_after_the_routes_ties_departures():
    found = ties(
        "Thank you for your letter. Crossings on the Central Mediterranean route rose sharply in May. "
        "Most of the boats had left from Libya. Tunisia remains a key partner."
    )
    assert found == {("Central Mediterranean", "LBY", "departure")}


def test_efforts_of_states_and_their_guards_make_them_partners():
    found = ties(
        "The Western Balkans route saw fewer crossings. This is largely due to the efforts of Albania and "
        "Serbia.\n\nThe Central Mediterranean route remains busy. The Libyan coast guard intercepted "
        "many boats."
    )
    assert found == {
        ("Western Balkans", "ALB", "partner"),
        ("Western Balkans", "SRB", "partner"),
        ("Central Mediterranean", "LBY", "partner"),
    }


def test_states_on_a_border_of_the_route_are_tied():
    found = ties("On the Western Balkans route, smugglers moved to the border between Albania and Serbia.")
    assert found == {("Western Balkans", "ALB", "partner"), ("Western Balkans", "SRB", "partner")}


def test_joint_events_of_states_do_not_tie_them_to_the_route():
    found = ties("The Western Balkans route saw fewer crossings. Albania and Colombia held joint talks on trade.")
    assert found == set()


def test_followed_by_takes_the_role_of_the_country_before():
    found = ties("On the Central Mediterranean route, Libya is the main country of departure, followed by Tunisia.")
    assert found == {("Central Mediterranean", "LBY", "departure"), ("Central Mediterranean", "TUN", "departure")}


def test_followed_by_a_bystander_stays_a_bystander():
    found = ties("On the Central Mediterranean route, Syrians are the largest group, followed by Eritreans.")
    assert found == set()


def test_coastguards_of_a_state_make_it_a_partner_in_a_paragraph_opened_by_the_route():
    found = ties("The Central Mediterranean route remains busy. Libyan coastguards intercepted many boats.")
    assert found == {("Central Mediterranean", "LBY", "partner")}


def test_a_combined_route_name_ties_later_departures_to_both_routes():
    found = ties("On the Western Mediterranean/Atlantic route, pressure has grown. Most boats had left from Senegal.")
    assert found == {("Western Mediterranean", "SEN", "departure"), ("Western African", "SEN", "departure")}


MORE_COUNTRIES = COUNTRIES + [
    ("Croatian", "HRV", None),
    ("Slovenian", "SVN", None),
    ("Algeria", "DZA", None),
    ("Egypt", "EGY", None),
    ("Chad", "TCD", None),
    ("Guinea", "GIN", None),
]


def ties_more(body: str) -> set[tuple[str, str, str]]:
    doc = make_doc(body, {"country": MORE_COUNTRIES, "route": ROUTES})
    return {(t.route, t.country, t.role) for t in find_route_ties(doc, [], letter_of(body))}


def test_a_list_of_demonyms_before_a_state_body_are_partners():
    found = ties_more(
        "On the Western Balkans route, arrests rose after joint patrols by Croatian and Slovenian police."
    )
    assert found == {("Western Balkans", "HRV", "partner"), ("Western Balkans", "SVN", "partner")}


def test_a_later_from_in_the_sentence_keeps_the_departure():
    found = ties_more(
        "On the Central Mediterranean route, most boats departed from Libya, and, in the last weeks of the "
        "autumn season, more and more from Algeria and Egypt."
    )
    assert found == {("Central Mediterranean", c, "departure") for c in ("LBY", "DZA", "EGY")}


def test_crossings_heading_towards_a_country_tie_it():
    found = ties_more(
        "Smugglers reopened the desert crossings from Agadez towards Chad and the Central Mediterranean route."
    )
    assert ("Central Mediterranean", "TCD", "destination") in found


def test_a_country_in_another_clause_than_the_route_is_not_tied():
    found = ties_more(
        "We are building partnerships with Egypt and Guinea, and we will step up our cooperation with "
        "Morocco on the Western Mediterranean route."
    )
    assert found == {("Western Mediterranean", "MAR", "partner")}


def test_a_country_in_the_clause_before_a_route_without_countries_is_still_tied():
    found = ties_more("Departures from Libya rose sharply, and the Central Mediterranean route remains the busiest.")
    assert found == {("Central Mediterranean", "LBY", "departure")}


def test_from_without_a_movement_anywhere_is_not_a_departure():
    found = ties_more(
        "On the Central Mediterranean route, the ministers of the region said last week that they had "
        "heard from Libya and, later in the week, from Egypt."
    )
    assert ("Central Mediterranean", "EGY", "departure") not in found


def test_member_states_meeting_on_a_route_are_not_tied():
    found = ties(
        "On the Western Mediterranean route, departures from Morocco fell. I propose that we meet "
        "with Spain and Portugal next month."
    )
    assert found == {("Western Mediterranean", "MAR", "departure")}


def test_member_states_in_a_partner_list_are_not_tied():
    found = ties("Our partnership with Morocco, Spain and Portugal on the Atlantic route has grown.")
    assert found == {("Western African", "MAR", "partner")}


def test_a_member_states_body_acting_on_the_route_is_still_tied():
    found = ties("On the Atlantic route, Spanish coastguards rescued hundreds near Mauritania's coast.")
    assert ("Western African", "ESP", "partner") in found


def test_departures_from_a_member_state_still_tie():
    found = ties("On the Western Mediterranean route, departures from Spain to Morocco were rare.")
    assert ("Western Mediterranean", "ESP", "departure") in found


def test_a_possessive_state_on_the_route_is_a_partner():
    found = ties("We value Morocco's steady commitment on the Western Mediterranean route, with help from Senegal.")
    assert ("Western Mediterranean", "MAR", "partner") in found


def test_a_possessive_subject_of_the_next_sentence_is_a_partner():
    found = ties("On the Western Balkans route, numbers keep dropping. Albania's new asylum law played its part.")
    assert found == {("Western Balkans", "ALB", "partner")}


def test_a_possessive_later_in_the_next_sentence_is_not_tied():
    found = ties("On the Western Balkans route, numbers keep dropping. We also discussed Colombia's trade policy.")
    assert found == set()


def test_a_possessive_object_in_a_later_paragraph_is_not_tied():
    found = ties(
        "The Western Balkans route saw fewer crossings.\n\n"
        "We have invested heavily to support Morocco's efforts at its borders."
    )
    assert found == set()


def test_partners_in_the_paragraph_after_a_letter_opening_on_the_route_are_tied():
    found = ties(
        "I write to report on the Western Mediterranean and on our work with partners there.\n\n"
        "Arrivals fell sharply this year, thanks to the joint work with Morocco."
    )
    assert found == {("Western Mediterranean", "MAR", "partner")}


def test_partners_after_a_later_route_paragraph_are_not_tied():
    found = ties(
        "I write about trade.\n\n"
        "The Western Mediterranean remains calm.\n\n"
        "We held good talks with Morocco on fisheries."
    )
    assert found == set()


def test_the_next_sentence_naming_another_routes_landmark_ties_to_that_route():
    found = ties(
        "This note covers the Western Mediterranean and Atlantic routes.\n\n"
        "The pattern differs. Crossings on the Western Mediterranean route from Morocco went down this year. "
        "In contrast, boats reaching the Canary Islands had mostly departed from Senegal and Mauritania."
    )
    assert ("Western African", "SEN", "departure") in found
    assert ("Western African", "MRT", "departure") in found
    assert not {t for t in found if t[0] == "Western Mediterranean" and t[1] in ("SEN", "MRT")}


def test_partners_of_something_else_after_a_route_sentence_with_its_own_countries_are_not_tied():
    found = ties(
        "On the Central Mediterranean route, most boats departed from Libya last spring. "
        "A new framework for external action foresees tailored partnerships with Senegal and Niger."
    )
    assert found == {("Central Mediterranean", "LBY", "departure")}


def test_a_later_partner_whose_sentence_speaks_of_crossings_stays_tied():
    found = ties(
        "On the Central Mediterranean route, most boats departed from Libya last spring. "
        "Cooperation with Tunisia has since cut crossings by half."
    )
    assert ("Central Mediterranean", "TUN", "partner") in found


def test_a_country_of_transit_after_a_destination_is_tied():
    found = ties("Last year, Syrian arrivals in Italy via Tunisia on the Central Mediterranean route tripled.")
    assert ("Central Mediterranean", "TUN", "transit") in found


def test_a_departure_in_the_sentence_leading_up_to_the_route_is_tied():
    found = ties(
        "The figures are clear. Weekly crossings from Morocco to the coast dropped by a third. "
        "On the Western Mediterranean route, detections are now at their lowest since 2018."
    )
    assert ("Western Mediterranean", "MAR", "departure") in found


def test_a_departure_before_an_earlier_route_of_the_paragraph_is_not_carried_forward():
    found = ties(
        "On the Central Mediterranean route, boats left mostly from Libya. "
        "Crossings from Tunisia also rose. The Western Balkans route saw fewer detections."
    )
    assert not {t for t in found if t[0] == "Western Balkans"}


def test_each_tie_names_the_rule_that_tied_it():
    body = (
        "On the Central Mediterranean route, departures from Libya rose. "
        "Most of those arriving had departed from Tunisia."
    )
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    found = {(t.country, t.role, t.because) for t in find_route_ties(doc, [], letter_of(body))}
    assert found == {("LBY", "departure", "route_sentence"), ("TUN", "departure", "paragraph_opening")}


def test_a_state_named_by_its_adjective_before_a_border_is_a_partner():
    found = ties("The rise follows the shift of the Western Mediterranean route from the Spanish–Moroccan land border.")
    assert ("Western Mediterranean", "MAR", "partner") in found


def test_people_who_reached_a_state_from_a_country_departed_from_it():
    found = ties(
        "On the Central Mediterranean route, numbers fell again. In May some 900 people reached Italy "
        "by sea from the Libyan coast."
    )
    assert ("Central Mediterranean", "LBY", "departure") in found


def test_a_country_crossed_into_on_the_way_onward_is_a_transit():
    found = ties("On the Western Balkans route, crossings from Serbia into Croatia and onward to Italy rose again.")
    assert ("Western Balkans", "HRV", "transit") in found


def test_departures_shifted_to_a_country_make_it_a_place_of_departure():
    found = ties(
        "The Atlantic route stays deadly. Controls have improved at home. But departures have shifted "
        "northwards, to Mauritania, and southwards, to Senegal and Morocco."
    )
    assert {("Western African", c, "departure") for c in ("MRT", "SEN", "MAR")} <= found


def test_a_country_something_else_moved_to_is_not_a_departure():
    found = ties("On the Atlantic route, the meeting has moved to Senegal.")
    assert ("Western African", "SEN", "departure") not in found


def test_a_country_of_a_list_of_routes_goes_to_the_route_the_letter_ties_it_to_elsewhere():
    found = ties(
        "Departures on the Central Mediterranean route came mostly from Libya. Cooperation with Senegal "
        "has cut crossings on the Atlantic route.\n\nWe propose partnerships along the Central Mediterranean "
        "and Atlantic routes with Libya, Senegal and Niger."
    )
    assert ("Western African", "LBY", "partner") not in found
    assert ("Central Mediterranean", "SEN", "partner") not in found
    assert {("Central Mediterranean", "NER", "partner"), ("Western African", "NER", "partner")} <= found


def test_countries_heading_the_items_of_a_list_the_route_leads_into_are_partners():
    found = ties(
        "Arrivals on the Atlantic route fell.\n\nOn our work along the route:\n\n"
        "- Senegal: a new package will strengthen the coast guard.\n"
        "- Morocco: talks continue.\n\nSpain and Portugal met in June."
    )
    assert {("Western African", "SEN", "partner"), ("Western African", "MAR", "partner")} <= found


def test_a_country_inside_an_item_or_after_the_list_is_not_tied_as_its_head():
    body = (
        "On our work along the Atlantic route:\n\n- Training: courses are held in Senegal.\n\nMorocco: talks continue."
    )
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    assert not [t for t in find_route_ties(doc, [], letter_of(body)) if t.because == "list_item"]


def test_a_departure_two_sentences_before_the_paragraphs_route_is_tied():
    found = ties(
        "Last week a boat sank; most of those on board had departed from Libya. We cannot look away. "
        "Operations in the Central Mediterranean will be reinforced."
    )
    assert ("Central Mediterranean", "LBY", "departure") in found


def test_a_state_on_a_border_elsewhere_in_the_letter_is_a_partner_of_the_route_it_lies_along():
    found = ties(
        "Crowds wait at the border with Serbia every night.\n\nThe town is a station of the Western Balkans "
        "route.\n\nA fair at the border with Morocco opened."
    )
    assert ("Western Balkans", "SRB", "partner") in found
    assert not {t for t in found if t[1] == "MAR"}  # Morocco lies along no route the letter names


def test_a_departure_stated_on_a_list_of_routes_ties_to_each_route():
    found = ties(
        "On the Central Mediterranean route, flows are stable. Libya remains the main country of departure "
        "on the Central Mediterranean and Western Mediterranean routes. We support the Libyan coast guard."
    )
    assert {("Central Mediterranean", "LBY", "departure"), ("Western Mediterranean", "LBY", "departure")} <= found


def test_our_coast_in_a_sentence_about_the_route_is_the_writers_state():
    body = (
        "The Atlantic route remains busy. Boats left from our coast and from Senegal, and others "
        "passed through our territorial waters."
    )
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    letter = letter_of(body, letterhead="ISLAMIC REPUBLIC OF MAURITANIA\nMinistry of the Interior")
    found = {(t.route, t.country, t.role, t.because) for t in find_route_ties(doc, [], letter)}
    assert ("Western African", "MRT", "departure", "own_place") in found


def test_our_coast_without_a_known_writers_state_ties_nothing():
    found = ties("The Atlantic route remains busy. Boats left from our coast and from Senegal.")
    assert {t[1] for t in found} == {"SEN"}


def test_our_country_named_a_transit_country_ties_the_writers_state_as_transit():
    body = "Smugglers still favour the Central Mediterranean route, and our country serves as a transit stop for most of them."
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    letter = letter_of(body, letterhead="REPUBLIC OF NIGER\nOffice of Civil Protection")
    found = {(t.route, t.country, t.role, t.because) for t in find_route_ties(doc, [], letter)}
    assert ("Central Mediterranean", "NER", "transit", "own_place") in found


def test_our_country_with_no_word_of_a_role_after_it_ties_nothing():
    body = "People keep moving along the Central Mediterranean route, and our country spends more on patrols."
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    letter = letter_of(body, letterhead="REPUBLIC OF NIGER\nMinistry of the Interior")
    assert not find_route_ties(doc, [], letter)


def test_states_acting_in_later_sections_tie_to_the_subject_routes_they_lie_along():
    found = ties(
        "Subject: support along the Central Mediterranean route\n\n"
        "This letter reports on what the money given in 2031 for the Central Mediterranean route has achieved.\n\n"
        "A. North Africa\n\n"
        "Departures fell after the Tunisian authorities stepped up their controls.\n\n"
        "B. The Sahel\n\n"
        "Nigerien border guards turned back more vehicles bound for the desert crossings.\n\n"
        "C. Data\n\n"
        "The Spanish authorities, whose state lies off the route, shared their figures on departures."
    )
    assert found == {("Central Mediterranean", "TUN", "partner"), ("Central Mediterranean", "NER", "partner")}


def test_a_state_acting_on_another_matter_after_a_route_subject_ties_to_nothing():
    found = ties(
        "This letter concerns the funds pledged for the Central Mediterranean route during the current year."
        "\n\nOn a separate matter, the Tunisian authorities have signed our agreement on olive oil exports.\n\n"
        "The Embassy also thanks the Libyan authorities for the return of the archaeological items."
    )
    assert found == set()


def test_leaves_is_a_word_of_departure():
    found = ties(
        "On the Central Mediterranean route, nearly every dinghy we track leaves the Tunisian shore after dark."
    )
    assert found == {("Central Mediterranean", "TUN", "departure")}


def test_a_coast_people_leave_from_is_a_place_of_departure_not_a_partner():
    for body in (
        "On the Central Mediterranean route, most boats left the Libyan coast at night.",
        "On the Central Mediterranean route, the Libyan coast saw most departures this year.",
    ):
        assert ties(body) == {("Central Mediterranean", "LBY", "departure")}


def test_partners_of_a_list_of_routes_only_partly_named_tie_to_none_of_them():
    # "the Caspian and Western Mediterranean routes": the list holds a sea the letter gives no route
    # of, so the partners after it cannot be told apart between its members.
    assert ties("Money for the Caspian and Western Mediterranean routes is to reach Morocco next spring.") == set()
    # A list whose every member is a route still ties its partners.
    found = ties(
        "For the Western Mediterranean and Central Mediterranean routes, the Fund will award grants to Tunisia."
    )
    assert ("Central Mediterranean", "TUN", "partner") in found


def test_a_place_before_a_comma_is_no_route_of_the_list_after_it():
    # "Unlike Chad, Atlantic routes ...": the comma closes the opening phrase; Chad names no route.
    found = ties("Unlike Chad, Atlantic routes still need border posts in Senegal and Mauritania.")
    assert found == {("Western African", "SEN", "partner"), ("Western African", "MRT", "partner")}


def test_people_who_crossed_from_a_country_departed_from_it():
    # "crossed from X" is movement as much as "crossings from X": X is where they set out.
    found = ties("Over the winter some nine hundred migrants crossed from Morocco into Spain by the Atlantic.")
    assert found == {("Western African", "MAR", "departure")}


def test_a_hedge_between_commas_keeps_a_list_of_departures_whole():
    # "X and, more recently, Y": Y departs as X does, the aside breaks no list.
    found = ties(
        "Canoes crossed from Senegal and, more recently, Mauritania to the Canaries by the Atlantic this autumn."
    )
    assert found == {("Western African", "SEN", "departure"), ("Western African", "MRT", "departure")}
