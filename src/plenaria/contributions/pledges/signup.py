"""A new entity registers itself to pledge: its organisation, and one contact who signs in.

The organisation and the account wait, inactive, until the contact opens the link mailed to
their address: until then nobody can sign in with it, and the entity is not counted. An
address that has an account already is refused with a message saying so, and nothing is
created (the sign-in page offers a password reset to its owner).
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.contributions.mail import queue_mail
from plenaria.contributions.models import PledgerAccess
from plenaria.core import audit
from plenaria.core.translation import TranslatedText
from plenaria.directory.choices import MembershipCategory, StakeholderType
from plenaria.directory.models import Contact, Country, Organisation

SALT = "plenaria.contributions.signup"
ALREADY = gettext_lazy(
    "An account with this e-mail address exists already: nothing was created. "
    "Sign in with it, or ask its owner to authorise you."
)


def confirm_within() -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, "PLENARIA_SIGNUP_CONFIRM_DAYS", 7))


def _check(data: dict) -> dict:
    errors = {}
    email = (data.get("email") or "").strip().lower()
    try:
        validate_email(email)
        if len(email) > 150:  # it is the account's user name too
            raise ValidationError("too long")
    except ValidationError:
        errors["email"] = _("Give an e-mail address such as name@example.org.")
    if not (data.get("name") or "").strip():
        errors["name"] = _("Give the name of the entity that pledges.")
    if not Country.objects.filter(pk=data.get("country") or "").exists():
        errors["country"] = _("Choose a country among those listed.")
    if data.get("stakeholder_type") not in StakeholderType.values:
        errors["stakeholder_type"] = _("Choose the kind of stakeholder the entity is.")
    if not (data.get("last_name") or "").strip():
        errors["last_name"] = _("Give the contact's last name.")
    if email and get_user_model().objects.filter(email__iexact=email).exists():
        errors["email"] = str(ALREADY)
    if errors:
        raise ValidationError(errors)
    return {**data, "email": email}


def sign_up(data: dict, language: str) -> Organisation:
    """Create the inactive organisation, its contact, the contact's inactive account and
    their right to pledge; mail the confirmation link. Refused as a whole or done as one."""
    data = _check(data)
    user_model = get_user_model()
    user = user_model(
        username=data["email"],
        email=data["email"],
        first_name=data.get("first_name", "").strip()[:150],
        last_name=data["last_name"].strip()[:150],
        is_active=False,
    )
    try:
        password_validation.validate_password(data.get("password") or "", user)
    except ValidationError as error:
        raise ValidationError({"password": error.messages}) from None
    user.set_password(data["password"])
    organisation = Organisation(
        name=TranslatedText({language: data["name"].strip()}),
        category=MembershipCategory.OTHER,
        wsis_stakeholder_type=data["stakeholder_type"],
        country_id=data["country"],
        is_active=False,
    )
    contact = Contact(
        organisation=organisation,
        first_name=user.first_name,
        last_name=user.last_name,
        email=data["email"],
        preferred_language=language,
    )
    try:
        _create(organisation, contact, user, language)
    except IntegrityError:  # the same address signed up at the same moment
        raise ValidationError({"email": ALREADY}) from None
    return organisation


def _create(organisation, contact, user, language) -> None:
    with transaction.atomic():
        organisation.full_clean()
        organisation.save()
        contact.organisation = organisation
        contact.full_clean()
        contact.save()
        user.save()
        PledgerAccess.objects.create(organisation=organisation, user=user)
        audit.record(None, "sign up to pledge", organisation, audit.snapshot(organisation))
        audit.record(None, "create", contact, audit.snapshot(contact))
        with translation.override(language):
            path = reverse("contributions:confirm", args=[make_token(user)])
        queue_mail(
            user.email,
            language,
            _("Confirm your address to pledge"),
            "contributions/email/signup.txt",
            {
                "organisation": organisation,
                "link": settings.PLENARIA_BASE_URL.rstrip("/") + path,
                "days": confirm_within().days,
            },
        )


def make_token(user) -> str:
    return signing.dumps({"user": user.pk, "email": user.email}, salt=SALT)


def confirm(token: str):
    """Activate the account and its organisation the token names; the user, or None for a
    token that is forged, outdated or of an account since changed. A second opening of the
    link finds them active already and changes nothing."""
    try:
        data = signing.loads(token, salt=SALT, max_age=confirm_within())
        user = get_user_model().objects.get(pk=int(data["user"]), email=str(data["email"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError, OverflowError):
        return None
    except get_user_model().DoesNotExist:
        return None
    if user.is_active:
        return user
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        for access in PledgerAccess.objects.filter(user=user).select_related("organisation"):
            organisation = access.organisation
            if not organisation.is_active:
                organisation.is_active = True
                organisation.save(update_fields=["is_active"])
                audit.record(user, "confirm sign-up", organisation, {"is_active": [False, True]})
    return user


def forget_unconfirmed(now=None) -> int:
    """Erase the sign-ups whose address was not confirmed in time (account, contact and
    organisation): personal data kept for nothing. Returns how many went. An account that
    ever signed in, or an organisation that has pledges or became active, is kept."""
    from django.utils import timezone

    now = now or timezone.now()
    lapsed = PledgerAccess.objects.filter(
        user__is_active=False,
        user__last_login__isnull=True,
        user__date_joined__lt=now - confirm_within(),
        organisation__is_active=False,
        organisation__category=MembershipCategory.OTHER,
        organisation__pledges__isnull=True,
    ).select_related("user", "organisation")
    forgotten = 0
    for access in lapsed:
        with transaction.atomic():
            organisation, user = access.organisation, access.user
            audit.record(None, "sign-up lapsed", organisation, {"pledger": [user.pk, None]})
            access.delete()
            organisation.contacts.filter(email__iexact=user.email).delete()
            if not organisation.pledgers.exists():
                organisation.delete()
            user.delete()
            forgotten += 1
    return forgotten
