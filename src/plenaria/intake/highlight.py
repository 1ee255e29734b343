"""The letter's text with every value the extractor read marked where it was found."""

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from plenaria.intake.extraction import LetterExtraction


def highlighted(text: str, extraction: LetterExtraction) -> SafeString:
    spans = sorted(
        (
            (found.start, found.end, path)
            for path, found in extraction.found()
            if found.end > found.start
        ),
        key=lambda span: (span[0], -span[1]),
    )
    parts, position = [], 0
    for start, end, path in spans:
        if start < position or end > len(text):
            continue  # nested or overlapping: the outer span is already marked
        parts.append(escape(text[position:start]))
        parts.append(
            format_html('<mark title="{}" data-field="{}">{}</mark>', path, path, text[start:end])
        )
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(str(part) for part in parts))
