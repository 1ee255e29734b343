"""Letters laid out in ways the corpus does not show: a letterhead converted from a table
("Ref: / …", a signature cell beside the title), a site named before its city, a closing
after blank lines, an organiser named in a relative clause."""

from plenaria.intake.extraction import extract

TABLE_LETTERHEAD = """International Telecommunication Union
Telecommunication Standardization Bureau

Geneva, 3 March 2026

Ref: / TSB Collective letter 4/5
SG5/AB / - To Administrations of Member States of the Union;
- To ITU-T Sector Members;
- To ITU-T Associates of Study Group 5;
- To ITU Academia
Tel: / +41 22 730 5780
Fax: / +41 22 730 5853
Email: / tsbsg5@itu.int
Subject: / Meeting of Study Group 5; Geneva, 8-17 June 2026

Dear Sir/Madam,

It is my pleasure to invite you to attend the next meeting of Study Group 5 (Environment, EMF and circular economy), which will be held at ITU headquarters, Geneva, from 8 to 17 June 2026, inclusive.

The meeting will open at 0930 hours on the first day, and participant registration will begin at 0830 hours at the Montbrillant building entrance.

Key deadlines:

8 April 2026 / - Submit ITU-T Member contributions for which translation is requested
24 April 2026 / - Submit fellowship requests
- Submit interpretation requests (via online pre-registration form)
8 May 2026 / - Pre-registration (online via the study group homepage)
- Submit requests for visa support letters
27 May 2026 / - Submit ITU-T Member contributions

Practical meeting information is set out in Annex A. A draft meeting agenda, prepared by the Chairman of Study Group 5, is set out in Annex B.

I wish you a productive and enjoyable meeting.

Yours faithfully,
(signed)
Seizo Onoe
Director of the Telecommunication
Standardization Bureau / ITU-T SG5
Latest meeting information

Annexes: 2
"""

FRENCH_SEMINAR = """Bureau des radiocommunications (BR)

Lettre circulaire CR/512

Genève, le 14 avril 2026

Aux Administrations des États Membres de l'UIT et aux Membres du Secteur des radiocommunications

Objet: Séminaire régional des radiocommunications pour l'Afrique (RRS-26-Africa), Dakar (Sénégal), 8-12 juin 2026

Madame, Monsieur,

J'ai le plaisir de vous informer que le Bureau des radiocommunications organise, en collaboration avec l'Autorité de régulation des télécommunications et des postes (ARTP) du Sénégal, le Séminaire régional des radiocommunications pour l'Afrique, qui se tiendra à l'hôtel King Fahd Palace, à Dakar (Sénégal), du 8 au 12 juin 2026.

Les séances se dérouleront de 9 h 00 à 17 h 00 (heure locale). Le séminaire se tiendra uniquement en présentiel.

Les participants sont priés de s'inscrire en ligne au plus tard le 15 mai 2026. Les demandes de bourses doivent parvenir au BR avant le 24 avril 2026.

Le programme provisionnel figure dans l'Annexe 1.

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

[Original signé]

Mario Maniewicz
Directeur
"""


def test_a_letterhead_converted_from_a_table_keeps_its_values_apart():
    letter = extract(TABLE_LETTERHEAD)
    assert letter.reference.value == "TSB Collective letter 4/5"
    assert letter.subject.value == "Meeting of Study Group 5; Geneva, 8-17 June 2026"
    signatory = letter.signatories[0]
    assert signatory.name.value == "Seizo Onoe"
    assert signatory.title.value == "Director of the Telecommunication Standardization Bureau"
    event = letter.events[0]
    assert (event.name.value, event.start_time.value) == ("Study Group 5", "09:30")
    kinds = [(d.kind.value, d.date.value) for d in letter.deadlines]
    assert ("interpretation", "2026-04-24") in kinds and ("visa", "2026-05-08") in kinds


def test_a_named_site_before_the_city_and_an_acronym_with_its_region():
    letter = extract(FRENCH_SEMINAR)
    event = letter.events[0]
    assert event.acronym.value == "RRS-26-Africa" and event.edition.value == 2026
    assert event.venue.value == "hôtel King Fahd Palace"
    assert (event.city.value, event.country.value, event.time_zone.value) == (
        "Dakar",
        "SN",
        "Africa/Dakar",
    )
    assert (event.start_time.value, event.end_time.value, event.format.value) == (
        "09:00",
        "17:00",
        "in_person",
    )


ASSEMBLY = """General Secretariat (SG)

Geneva, 10 January 2024

Ref.: CL-24/02
Contact: Mr Ahmed Said
Tel.: +41 22 730 5000
E-mail: wtsa@itu.int

To:
- Member States of ITU
- ITU-T Sector Members
- United Nations specialized agencies and the IAEA
- Regional telecommunication organizations

Subject: Convening of the World Telecommunication Standardization Assembly (WTSA-24), New Delhi, India, 15-24 October 2024

Dear Sir/Madam,

I have the honour to inform you that, at the kind invitation of the Government of the Republic of India, the World Telecommunication Standardization Assembly (WTSA-24) will be held at Bharat Mandapam, New Delhi, from 15 to 24 October 2024. The Assembly will be preceded by the Global Standards Symposium (GSS-24), on 14 October 2024, at the same venue.

The opening session of the Assembly will start at 1000 hours (IST) on Tuesday, 15 October 2024.

Member States are invited to designate their delegations and to register them by 13 September 2024. Requests for fellowships should reach the secretariat no later than 12 July 2024 (e-mail: fellowships@itu.int).

Yours faithfully,

[Original signed]

Doreen Bogdan-Martin
Secretary-General
"""

AGENCY = """United Nations Educational, Scientific and Cultural Organization

Our ref.: CI/KSD/2026/014

Date: 2 February 2026

To: National Commissions for UNESCO
Permanent Delegations to UNESCO

Subject: International Conference on Artificial Intelligence and Education (AIED 2026), Paris, 20-21 May 2026

Dear Colleague,

I am pleased to invite you to the International Conference on Artificial Intelligence and Education (AIED 2026), which UNESCO is organizing in cooperation with the International Telecommunication Union (ITU). The Conference will take place at UNESCO Headquarters, 7 place de Fontenoy, Paris, France, on 20 and 21 May 2026, from 9.30 a.m. to 6 p.m. (CEST). It will be held in a hybrid format.

Participants are kindly requested to register through the online platform by 30 April 2026.

Sincerely,

Tawfik Jelassi
Assistant Director-General for Communication and Information
"""


def test_a_site_named_before_its_city_is_the_venue():
    event = extract(ASSEMBLY).events[0]
    assert (event.acronym.value, event.venue.value, event.city.value) == (
        "WTSA-24",
        "Bharat Mandapam",
        "New Delhi",
    )
    assert (event.start_time.value, event.time_zone.value) == ("10:00", "Asia/Kolkata")
    related = event.related[0]
    assert (related.acronym.value, related.relation.value) == ("GSS-24", "preceded_by")


def test_a_closing_after_blank_lines_and_an_organiser_in_a_relative_clause():
    letter = extract(AGENCY)
    assert letter.office.value["code"] == "UNESCO"
    assert [s.name.value for s in letter.signatories] == ["Tawfik Jelassi"]
    event = letter.events[0]
    assert [f.value for f in event.organisers] == ["UNESCO"]
    assert [f.value for f in event.co_organisers] == ["ITU"]
    assert (event.venue.value, event.time_zone.value, event.end_time.value) == (
        "UNESCO Headquarters",
        "Europe/Paris",
        "18:00",
    )


VIRTUAL_WORKSHOP = """Bureau de développement des télécommunications (BDT)

Réf.: DM-26/1045
Contact: M. Olivier Dufresne
Téléphone: +41 22 730 6112
Courriel: cyber@itu.int

Genève, le 9 mars 2026

Aux États Membres de l'UIT
Aux Membres du Secteur de l'UIT-D
Aux établissements universitaires

Objet: Atelier virtuel sur la cybersécurité des petits États insulaires en développement, 23 avril 2026

Madame, Monsieur,

J'ai l'honneur de vous inviter à l'Atelier virtuel sur la cybersécurité des petits États insulaires en développement, que le BDT organise le jeudi 23 avril 2026, de 14 heures à 16 heures (heure de Genève), sur la plateforme Zoom.

L'inscription se fait en ligne; la date limite d'inscription est fixée au 16 avril 2026. Les demandes d'interprétation doivent nous parvenir avant le 2 avril 2026.

Pièces jointes: Programme de l'atelier

Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

(signé)

Cosmas Luckyson Zavazava
Directeur
"""


def test_a_virtual_workshop_with_hours_written_out_and_a_label_in_the_body():
    letter = extract(VIRTUAL_WORKSHOP)
    event = letter.events[0]
    assert (event.start_time.value, event.end_time.value) == ("14:00", "16:00")
    assert event.time_zone.value == "Europe/Zurich" and event.format.value == "virtual"
    assert event.city is None and event.venue is None  # "heure de Genève" is a clock, not a place
    assert [(d.kind.value, d.date.value) for d in letter.deadlines] == [
        ("registration", "2026-04-16"),
        ("interpretation", "2026-04-02"),
    ]
    assert [a.value for a in letter.annexes] == ["Programme de l'atelier"]
