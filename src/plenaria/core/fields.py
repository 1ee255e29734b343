"""Model and form fields for translated text."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from plenaria.core.translation import TranslatedText, language_codes


def check_lengths(text: TranslatedText, max_length: int | None) -> None:
    """Refuse a text longer than ``max_length`` in any language, naming the language."""
    from django.conf import settings

    names = dict(settings.LANGUAGES)
    for lang, content in text.items():
        if max_length and len(content) > max_length:
            raise ValidationError(
                _(
                    "The %(language)s text is %(length)d characters long; at most %(max)d are allowed."
                ),
                code="max_length",
                params={
                    "language": names.get(lang, lang),
                    "length": len(content),
                    "max": max_length,
                },
            )


class TranslatedTextWidget(forms.MultiWidget):
    template_name = "core/widgets/translated_text.html"

    def __init__(self, multiline: bool = False, attrs=None):
        from django.conf import settings

        # English and French, the working languages, come first; then the others.
        self.languages = sorted(settings.LANGUAGES, key=lambda item: item[0] not in ("en", "fr"))
        base = (
            forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"})
            if multiline
            else forms.TextInput(attrs={"class": "vTextField"})
        )
        widgets = {code: type(base)(attrs=dict(base.attrs)) for code, _name in self.languages}
        for code, subwidget in widgets.items():
            subwidget.attrs["lang"] = code
            if code == "ar":
                subwidget.attrs["dir"] = "rtl"
        super().__init__(widgets, attrs)

    def decompress(self, value):
        value = value or {}
        return [value.get(code, "") for code, _name in self.languages]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        filled, missing = [], []
        for subwidget, (_code, label) in zip(
            context["widget"]["subwidgets"], self.languages, strict=True
        ):
            subwidget["language_name"] = label
            subwidget["filled"] = bool(str(subwidget["value"] or "").strip())
            (filled if subwidget["filled"] else missing).append(str(label))
        # Said once above the boxes, so that an organiser sees which versions exist
        # without scrolling through six of them.
        context["widget"]["filled"], context["widget"]["missing"] = filled, missing
        return context


class TranslatedTextFormField(forms.MultiValueField):
    def __init__(self, *, max_length=None, multiline=False, required=True, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        widget = TranslatedTextWidget(multiline=multiline)
        fields = [forms.CharField(required=False) for _code in widget.widgets]
        self.any_required = required
        self.text_max_length = max_length
        super().__init__(
            fields,
            widget=widget,
            require_all_fields=False,
            required=False,
            **kwargs,
        )
        self.required = required

    def compress(self, data_list):
        codes = [code for code, _name in self.widget.languages]
        return TranslatedText(dict(zip(codes, data_list or [], strict=False)))

    def clean(self, value):
        text = super().clean(value)
        text = text if isinstance(text, TranslatedText) else TranslatedText(text)
        if self.any_required and not text:
            raise ValidationError(_("Write this in at least one language."), code="required")
        check_lengths(text, self.text_max_length)
        return text


class TranslatedTextField(models.JSONField):
    """A JSON column holding one text per language, validated per language."""

    def __init__(self, *args, max_length: int | None = None, multiline: bool = False, **kwargs):
        self.text_max_length = max_length
        self.multiline = multiline
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.text_max_length is not None:
            kwargs["max_length"] = self.text_max_length
        if self.multiline:
            kwargs["multiline"] = True
        if kwargs.get("default") is dict:
            del kwargs["default"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        value = super().from_db_value(value, expression, connection)
        # A key transform (``values("name__fr")``) reads one language's text: leave it a string.
        return TranslatedText(value) if isinstance(value, dict) else value

    def to_python(self, value):
        if isinstance(value, TranslatedText):
            return value
        return TranslatedText(value if isinstance(value, dict | str) else None)

    def get_prep_value(self, value):
        # Only whole values are normalised: a string here is the right-hand side of a key
        # lookup such as ``name__en="Geneva"`` and must reach the database unchanged.
        if isinstance(value, dict):
            value = dict(TranslatedText(value))
        return super().get_prep_value(value)

    def pre_save(self, model_instance, add):
        value = TranslatedText(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def validate(self, value, model_instance):
        text = TranslatedText(value)
        if not self.blank and not text:
            raise ValidationError(_("Write this in at least one language."), code="required")
        unknown = set(text) - set(language_codes())
        if unknown:
            # Every event offers the six languages: a version in any other is refused, named.
            raise ValidationError(
                _("Unknown language code: %(codes)s."),
                code="invalid",
                params={"codes": ", ".join(sorted(code[:20] for code in unknown))},
            )
        check_lengths(text, self.text_max_length)

    def formfield(self, **kwargs):
        return TranslatedTextFormField(
            max_length=self.text_max_length,
            multiline=self.multiline,
            required=not self.blank,
            label=kwargs.get("label", self.verbose_name[:1].upper() + self.verbose_name[1:]),
            help_text=self.help_text,
        )
