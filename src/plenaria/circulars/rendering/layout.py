"""The parts of one language version as the page and the PDF print them, in its language."""

from django.utils import translation
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from plenaria.circulars.markup import to_safe_html
from plenaria.circulars.models import LetterVersion
from plenaria.circulars.rendering.nodes import markdown_tree

RIGHT_TO_LEFT = {"ar"}


def _addressee_lines(version: LetterVersion) -> list[str]:
    if version.addressee_text.strip():
        return [line.strip() for line in version.addressee_text.splitlines() if line.strip()]
    return [str(addressee.get_category_display()) for addressee in version.letter.addressees.all()]


def _ref_rows(version: LetterVersion) -> list[tuple[str, str]]:
    letter = version.letter
    label = letter.series.reference_label.get(version.language, "")
    reference = letter.full_reference or _("(number given when issued)")
    # Translators: the labels of the reference block of a letter. French: "Réf.:",
    # "Contact:", "Tél.:", "Télécopie:", "Courriel:".
    rows = [
        (_("Ref.:"), f"{label} {reference}".strip()),
        (_("Contact:"), letter.contact_name),
        (_("Tel.:"), letter.contact_phone),
        (_("Fax:"), letter.contact_fax),
        (_("E-mail:"), letter.contact_email),
    ]
    return [(name, value) for name, value in rows if value]


def letter_parts(version: LetterVersion, html: bool = False) -> dict:
    """Everything printed on the letter, as plain strings and Markdown trees (for the PDF)
    or sanitised HTML (for the page)."""
    markup = (lambda text: mark_safe(to_safe_html(text))) if html else markdown_tree
    letter = version.letter
    language = version.language
    with translation.override(language):
        place = (letter.place or letter.office.place).in_language(language)
        day = date_format(letter.date, "DATE_FORMAT") if letter.date else _("(date of issue)")
        signatories = [
            {
                "note": signatory.signed_note.get(language, ""),
                "name": signatory.name,
                "lines": [
                    line
                    for line in (
                        signatory.position.get(language, ""),
                        signatory.organisation.get(language, ""),
                    )
                    if line
                ],
            }
            for signatory in letter.signatories.all()
        ]
        annexes = [
            {
                "heading": _("Annex %(number)d") % {"number": annex.order},
                "title": annex.title,
                "body": markup(annex.body),
            }
            for annex in version.annexes.all()
        ]
        return {
            "lang": language,
            "dir": "rtl" if language in RIGHT_TO_LEFT else "ltr",
            "title": f"{letter.full_reference} – {version.subject}".strip(" –"),
            "reference": letter.full_reference,
            "office": letter.office.name.in_language(language),
            # Translators: place and date at the top of a letter. French: "%(place)s, le %(date)s".
            "place_date": _("%(place)s, %(date)s") % {"place": place, "date": day},
            "ref_rows": _ref_rows(version),
            "addressees": _addressee_lines(version),
            # Translators: before the subject of a letter. French: "Objet:".
            "subject_label": _("Subject:"),
            "subject": version.subject,
            "salutation": version.salutation,
            "body": markup(version.body),
            "closing": version.closing,
            "signatories": signatories,
            "annexes": annexes,
        }
