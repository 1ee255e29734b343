"""Month names the organisation writes otherwise than Django's own catalogues: listed here so
that they are in the project's catalogues, which take precedence over Django's. Arabic: ITU
writes أبريل where Django has إبريل. The other languages keep Django's name."""

from django.utils.translation import gettext_noop

OVERRIDDEN = [gettext_noop("April")]
