"""A new entity's sign-up to pledge, and the confirmation of its contact's address."""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from plenaria.contributions.forms.signup import SignUpForm
from plenaria.contributions.pledges import signup


@require_http_methods(["GET", "POST"])
def sign_up(request):
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            signup.sign_up(form.cleaned_data, get_language() or "en")
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                form.add_error(name if name in form.fields else None, messages)
        else:
            return redirect("contributions:signup_sent")
    return render(request, "contributions/pledger/signup.html", {"form": form})


def sent(request):
    return render(request, "contributions/pledger/signup_sent.html")


def confirm(request, token):
    user = signup.confirm(token)
    status = 200 if user is not None else 400
    return render(
        request, "contributions/pledger/confirmed.html", {"confirmed": user}, status=status
    )
