"""Selects that ``picker.js`` turns into type-ahead pickers; without JavaScript they stay selects.

Each option may carry its search text (names in every language, codes) in ``data-search``.
"""

import unicodedata

from django import forms


def sort_key(text: str) -> str:
    """Accent- and case-insensitive order: "Åland" sorts with "Aland", "Émirats" with "Emirats"."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class PickerSelect(forms.Select):
    def __init__(self, attrs=None, choices=(), search=None):
        super().__init__({"data-picker": "", **(attrs or {})}, choices)
        self.search = dict(search or {})

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        text = self.search.get(str(value))
        if text:
            option["attrs"]["data-search"] = text
        return option


class PickerSelectMultiple(PickerSelect, forms.SelectMultiple):
    pass
