import pytest
from django.core.exceptions import ValidationError

from plenaria.circulars import services
from plenaria.circulars.markup import to_safe_html, validate_markdown
from plenaria.circulars.models import LetterVersion
from tests.circulars.factories import LetterFactory, VersionFactory


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Hello <script>alert(1)</script>", "HTML such as “<script”"),
        ("<img src=x onerror=alert(1)>", "HTML such as “<img"),
        ("Click [here](javascript:alert(1))", "not “javascript:”"),
        ("[x]( JaVaScRiPt:alert(1))", "not “JaVaScRiPt:”"),
    ],
)
def test_html_and_script_in_markdown_are_refused_with_a_clear_message(text, message):
    with pytest.raises(ValidationError) as error:
        validate_markdown(text)
    assert message in error.value.messages[0]


def test_ordinary_markdown_is_accepted():
    validate_markdown("See <https://www.itu.int/wtisd> and [CL-23/5](https://itu.int/cl) **now**.")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "refusal"),
    [
        ("Text <script>steal()</script>", "not accepted"),
        # A list number past what the PDF can lay out (2^63).
        ("Intro\n\n9223372036854775808. Far too far\n", "cannot start at"),
    ],
    ids=["script", "unrenderable"],
)
def test_a_version_refused_by_the_markdown_rules_is_not_saved(body, refusal):
    letter = LetterFactory()
    version = LetterVersion(
        letter=letter, language="en", subject="S", salutation="Dear", closing="Yours", body=body
    )
    with pytest.raises(ValidationError, match=refusal):
        services.save_part(None, version)
    assert not LetterVersion.objects.filter(letter=letter).exists()


@pytest.mark.django_db
def test_script_stored_behind_the_services_back_never_reaches_the_page(client):
    version = VersionFactory(
        body="Hi <script>alert(1)</script> [x](javascript:alert(2)) <b onclick=x()>b</b>"
    )
    html = to_safe_html(version.body)
    assert "<script" not in html and "javascript:" not in html and "onclick" not in html
