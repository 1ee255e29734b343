import datetime

import pytest
from django.core.exceptions import ValidationError

from plenaria.circulars import services
from plenaria.circulars.choices import LetterStatus, RelationKind
from plenaria.circulars.models import Letter, LetterVersion, SeriesCounter
from plenaria.core.audit import history
from tests.circulars.factories import LetterFactory, VersionFactory, ready_letter

D = datetime.date


@pytest.mark.django_db
def test_issuing_gives_number_date_and_logs_who(secretariat_user):
    letter = services.issue_letter(secretariat_user, ready_letter(), on=D(2023, 4, 12))
    letter.refresh_from_db()
    assert (letter.status, letter.reference, letter.date) == ("issued", "CL-23/1", D(2023, 4, 12))
    assert letter.issued_by == secretariat_user
    entry = history(letter).get(action="issue")
    assert entry.actor == secretariat_user
    assert entry.changes["reference"] == ["", "CL-23/1"]


@pytest.mark.django_db
def test_an_issued_letter_can_no_longer_change():
    letter = services.issue_letter(None, ready_letter(), on=D(2023, 4, 12))
    version = letter.versions.get(language="fr")
    version.subject = "Autre objet"
    with pytest.raises(ValidationError, match="is issued and can no longer be changed"):
        services.save_part(None, version)
    letter.contact_name = "Someone else"
    with pytest.raises(ValidationError, match="CL-23/1 is issued"):
        services.save_letter(None, letter)
    with pytest.raises(ValidationError):
        services.delete_letter(None, letter)
    assert LetterVersion.objects.get(pk=version.pk).subject != "Autre objet"
    assert Letter.objects.get(pk=letter.pk).contact_name == "Victoria Sukenik"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda letter: letter.signatories.all().delete(), "Add at least one signatory."),
        (lambda letter: letter.addressees.all().delete(), "Choose at least one addressee"),
        (lambda letter: letter.versions.all().delete(), "in at least one language"),
        (
            lambda letter: letter.versions.filter(language="fr").update(subject=" "),
            "The French version has no subject.",
        ),
    ],
)
def test_an_incomplete_letter_is_refused_and_nothing_changes(spoil, message):
    letter = ready_letter()
    spoil(letter)
    with pytest.raises(ValidationError) as error:
        services.issue_letter(None, letter, on=D(2023, 4, 12))
    assert any(message in text for text in error.value.messages)
    letter.refresh_from_db()
    assert (letter.status, letter.reference, letter.number) == ("draft", "", None)
    assert not SeriesCounter.objects.filter(last_number__gt=0).exists()


@pytest.mark.django_db
def test_a_letter_that_supersedes_another_marks_it_superseded():
    earlier = services.issue_letter(None, ready_letter(), on=D(2023, 3, 1))
    correction = ready_letter()
    services.relate(None, correction, RelationKind.SUPERSEDES, target=earlier)
    services.issue_letter(None, correction, on=D(2023, 3, 2))
    earlier.refresh_from_db()
    assert earlier.status == LetterStatus.SUPERSEDED
    assert history(earlier).filter(action="superseded").exists()


@pytest.mark.django_db
def test_a_letter_may_only_refer_to_issued_letters_or_to_a_reference():
    draft = LetterFactory()
    letter = ready_letter()
    with pytest.raises(ValidationError, match="Only an issued letter"):
        services.relate(None, letter, RelationKind.FOLLOWS, target=draft)
    relation = services.relate(None, letter, RelationKind.COMPLEMENTS, reference="CL-22/006")
    assert relation.target_label == "CL-22/006"


@pytest.mark.django_db
def test_withdrawal_needs_a_reason_and_an_issued_letter():
    letter = ready_letter()
    with pytest.raises(ValidationError, match="Only an issued letter"):
        services.withdraw_letter(None, letter, "Sent by mistake")
    services.issue_letter(None, letter, on=D(2023, 4, 12))
    with pytest.raises(ValidationError, match="Say why"):
        services.withdraw_letter(None, letter, "  ")
    withdrawn = services.withdraw_letter(None, letter, "Event postponed")
    assert withdrawn.status == LetterStatus.WITHDRAWN
    assert history(letter).filter(action="withdraw").exists()


@pytest.mark.django_db
def test_one_version_per_language():
    letter = VersionFactory(language="fr").letter
    with pytest.raises(ValidationError, match="already has a version in this language"):
        services.save_part(
            None,
            LetterVersion(
                letter=letter, language="fr", subject="x", salutation="x", body="x", closing="x"
            ),
        )
