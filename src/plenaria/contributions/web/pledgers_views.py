"""A focal point's page: who may write their organisations' pledges."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from plenaria.contributions.models import PledgerAccess
from plenaria.contributions.pledges import pledgers
from plenaria.directory.queries import organisations_of


class AuthoriseForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label=gettext_lazy("Organisation"))
    email = forms.EmailField(label=gettext_lazy("E-mail address of the person's account"))

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].empty_label = None


@login_required
@require_http_methods(["GET", "POST"])
def pledgers_page(request):
    mine = organisations_of(request.user)
    if not mine.exists():
        raise PermissionDenied(_("Only an organisation's focal points authorise its pledgers."))
    form = AuthoriseForm(request.POST or None, organisations=mine)
    if request.method == "POST" and form.is_valid():
        try:
            pledgers.authorise(
                request.user, form.cleaned_data["organisation"], form.cleaned_data["email"]
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error("email", message)
        else:
            messages.success(request, _("This person may now write the organisation's pledges."))
            return redirect("contributions:pledgers")
    rows = PledgerAccess.objects.filter(organisation__in=mine).select_related(
        "user", "organisation"
    )
    return render(request, "contributions/pledger/pledgers.html", {"form": form, "rows": rows})


@login_required
@require_POST
def withdraw(request, pk):
    access = get_object_or_404(PledgerAccess.objects.select_related("organisation"), pk=pk)
    pledgers.withdraw(request.user, access)
    messages.success(request, _("This person may no longer write the organisation's pledges."))
    return redirect("contributions:pledgers")
