"""One sign-in page for everyone, the code step, setting up two-factor, and sign-out."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from plenaria.accounts import twofactor
from plenaria.accounts.forms import CodeForm, SignInForm


def home_for(user) -> str:
    if twofactor.is_staff_member(user):
        return reverse("admin:index")
    return reverse("registration:delegations")


def safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    # Only a path on this site: a bare word would be taken by ``redirect`` for a view's name.
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _step_url(name: str, target: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': target})}"


class SignInView(LoginView):
    template_name = "accounts/signin.html"
    authentication_form = SignInForm

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "failure_limit": settings.AXES_FAILURE_LIMIT}

    def get_default_redirect_url(self):
        return home_for(self.request.user)

    def form_valid(self, form):
        response = super().form_valid(form)
        step = self.request.session.get(twofactor.STEP_KEY)
        if step == "verify":
            return redirect(_step_url("accounts:verify", self.get_success_url()))
        if step == "setup":
            return redirect(_step_url("accounts:two_factor", self.get_success_url()))
        return response


@login_required
@require_http_methods(["GET", "POST"])
def verify(request):
    target = safe_next(request, home_for(request.user))
    device = twofactor.confirmed_device(request.user)
    if device is None:
        return redirect(_step_url("accounts:two_factor", target))
    if twofactor.is_verified(request):
        return redirect(target)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        accepted, allowed = twofactor.check_code(device, form.cleaned_data["code"])
        if accepted:
            twofactor.verified(request, device)
            return redirect(target)
        form.add_error(
            "code",
            _("That code is not right. Check the time on your phone and type the newest code.")
            if allowed
            else _("Too many wrong codes: wait a few seconds, then type the newest code."),
        )
    return render(request, "accounts/verify.html", {"form": form, "next": target})


@login_required
@require_http_methods(["GET", "POST"])
def two_factor(request):
    user = request.user
    target = safe_next(request, "")
    device = twofactor.confirmed_device(user)
    if device is not None and not twofactor.is_verified(request):
        return redirect(_step_url("accounts:verify", target or request.get_full_path()))
    form = CodeForm(request.POST or None)
    if device is not None:
        if request.method == "POST" and form.is_valid():
            accepted, allowed = twofactor.check_code(device, form.cleaned_data["code"])
            if accepted:
                twofactor.remove(user, user)
                messages.success(request, _("Two-factor sign-in is removed from your account."))
                return redirect("accounts:two_factor")
            form.add_error("code", _("That code is not right: two-factor sign-in is kept."))
        return render(
            request,
            "accounts/two_factor_on.html",
            {"form": form, "device": device, "required": twofactor.required_for(user)},
        )
    pending = twofactor.pending_device(user)
    if request.method == "POST" and form.is_valid():
        accepted, allowed = twofactor.check_code(pending, form.cleaned_data["code"])
        if accepted:
            twofactor.confirm(request, pending)
            messages.success(request, _("Two-factor sign-in is on for your account."))
            return redirect(target or home_for(user))
        form.add_error(
            "code",
            _("That code is not right. Check the time on your phone and type the newest code.")
            if allowed
            else _("Too many wrong codes: wait a few seconds, then type the newest code."),
        )
    context = {
        "form": form,
        "qr_svg": twofactor.qr_svg(pending),
        "secret": twofactor.secret_text(pending),
        "required": twofactor.required_for(user),
        "next": target,
    }
    return render(request, "accounts/two_factor_setup.html", context)


@require_POST
def sign_out(request):
    logout(request)
    messages.success(request, _("You are signed out."))
    return redirect("events:list")


def locked_out(request, response=None, credentials=None):
    """The page django-axes shows after too many failed sign-ins (AXES_LOCKOUT_CALLABLE)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = _(
        "Too many failed sign-ins for this account. To keep it safe, signing in to it is "
        "paused for %(minutes)s minutes. If you have forgotten your password, ask the "
        "secretariat to reset it."
    ) % {"minutes": minutes}
    return render(
        request, "429.html", {"message": message, "title": _("Signing in is paused")}, status=429
    )


def former_sign_in(request):
    """The focal points' former sign-in address: a visit goes to the one sign-in page (with its
    ``next``); a form still posted there from an old page is signed in by that page."""
    if request.method == "POST":
        return SignInView.as_view()(request)
    target = reverse("accounts:signin")
    query = request.GET.urlencode()
    return redirect(f"{target}?{query}" if query else target)
