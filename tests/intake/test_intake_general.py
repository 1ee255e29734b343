"""Letters that are not in the corpus: the patterns are the language's, not the files'."""

from plenaria.intake.extraction import extract

ENGLISH = """Telecommunication Standardization Bureau (TSB)

Geneva, 3 July 2025

Ref.: TSB Circular 301
Contact: Ms Jane Doe
Tel.: +41 22 730 5111
E-mail: tsbevents@itu.int

To:
- Administrations of Member States of the Union
- ITU-T Sector Members

Subject: Global Standards Symposium (GSS-25), Nairobi, Kenya, 14-15 October 2025

Dear Sir/Madam,

I have the pleasure to invite you to the Global Standards Symposium (GSS-25), which will be held
at the Kenyatta International Convention Centre in Nairobi, Kenya, from 14 to 15 October 2025.
The symposium will open at 0930 hours EAT. Remote participation will be available.

Please register online no later than 30 September 2025.

Yours faithfully,

(signed)

Jane Roe
Director of the Telecommunication Standardization Bureau
"""

NOT_A_LETTER = """The committee reviewed the budget. Costs rose by 3% in 2023 and the
team recommended a new plan for the coming years, with a review every six months."""


def test_an_english_circular():
    result = extract(ENGLISH)
    assert result.language == "en"
    assert result.office.value["code"] == "TSB"
    assert (result.place.value, result.date.value) == ("Geneva", "2025-07-03")
    assert result.reference.value == "TSB Circular 301"
    assert (result.contact_name.value, result.phone.value) == ("Jane Doe", "+41227305111")
    assert [a.value for a in result.addressees] == [
        {"code": "member_state"},
        {"code": "sector_member", "sector": "ITU-T"},
    ]
    (event,) = result.events
    values = event.values()
    assert values["name"] == "Global Standards Symposium"
    assert (values["acronym"], values["edition"]) == ("GSS-25", 2025)
    assert (values["start_date"], values["end_date"]) == ("2025-10-14", "2025-10-15")
    assert values["start_time"] == "09:30"
    assert (values["city"], values["country"], values["time_zone"]) == (
        "Nairobi",
        "KE",
        "Africa/Nairobi",
    )
    assert values["venue"] == "Kenyatta International Convention Centre"
    assert values["format"] == "hybrid"
    (deadline,) = result.deadlines
    assert deadline.values() == {
        "kind": "registration",
        "date": "2025-09-30",
        "time": None,
        "channel": "online",
    }
    assert [s.values() for s in result.signatories] == [
        {"name": "Jane Roe", "title": "Director of the Telecommunication Standardization Bureau"}
    ]


def test_plain_prose_invents_nothing():
    result = extract(NOT_A_LETTER)
    assert not result.is_letter()
    assert result.events == [] and result.deadlines == []
    assert result.reference is None and result.date is None and result.subject is None
    assert result.signatories == [] and result.addressees == []


def test_empty_and_whitespace():
    for text in ("", "   \n\n  ", "\x00\x01"):
        result = extract(text)
        assert result.found() == []
