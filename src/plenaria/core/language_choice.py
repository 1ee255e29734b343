"""The language menu's target: Django's own view, kept to the site's six languages.

Django knows some hundred languages and would store any of them in the cookie, then send the
visitor to an address such as /de/… that does not exist. A code that is not one of the six
keeps the reader's current language instead.
"""

from django.utils import translation
from django.views import i18n

from plenaria.core.translation import language_codes


def set_language(request):
    if request.method == "POST" and request.POST.get("language") not in language_codes():
        data = request.POST.copy()
        data["language"] = translation.get_language()
        request.POST = data
    return i18n.set_language(request)
