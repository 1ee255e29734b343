"""Two-factor sign-in: who needs it, and every change to a person's authenticator (TOTP).

The secretariat (staff, and members of the Secretariat group) must confirm each sign-in with
a six-digit code from an authenticator app when ``PLENARIA_STAFF_2FA`` is on; a focal point
may choose to. A person has at most one confirmed device: setting up again replaces it. The
device counts failed codes and makes the next try wait longer each time (1, 2, 4… seconds),
so the code cannot be guessed by trying them all.
"""

import base64

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from plenaria.core import audit
from plenaria.core.roles import SECRETARIAT

DEVICE_NAME = "authenticator"
# What a session still owes, decided once at sign-in so that most requests need no query:
# "" nothing, "verify" a code from the person's device, "setup" a device to set up first.
STEP_KEY = "plenaria_second_factor"
STAFF_KEY = "plenaria_staff"


def is_staff_member(user) -> bool:
    """Staff or member of the Secretariat group: the people whose pages hold everyone's data."""
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_staff or user.groups.filter(name=SECRETARIAT).exists())


def required_for(user) -> bool:
    return bool(getattr(settings, "PLENARIA_STAFF_2FA", True)) and is_staff_member(user)


def confirmed_device(user) -> TOTPDevice | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("-pk").first()


def is_verified(request) -> bool:
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())


def step_needed(user) -> str:
    if confirmed_device(user) is not None:
        return "verify"
    return "setup" if required_for(user) else ""


def session_step(request) -> str:
    """What this signed-in session still owes before any other page: "", "verify" or "setup"."""
    step = request.session.get(STEP_KEY)
    if step is None:  # a session from before this rule: decide now, once
        step = request.session[STEP_KEY] = step_needed(request.user)
    if step and is_verified(request):
        return ""
    if step:  # the device may have been removed or set up since sign-in
        step = request.session[STEP_KEY] = step_needed(request.user)
    return step


def pending_device(user) -> TOTPDevice:
    """The device being set up: made once, shown again on reload until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def secret_text(device: TOTPDevice) -> str:
    """The key as an authenticator app asks for it when typed in: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// address as an SVG drawing to put inline in the page (no script, no CDN)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")


def check_code(device: TOTPDevice, code: str) -> tuple[bool, bool]:
    """(accepted, allowed): allowed is False while the device makes the person wait."""
    allowed, _data = device.verify_is_allowed()
    if not allowed:
        return False, False
    return bool(device.verify_token(code.replace(" ", ""))), True


@transaction.atomic
def confirm(request, device: TOTPDevice) -> TOTPDevice:
    """The first good code: the device replaces any earlier one and this session is verified."""
    TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    audit.record(request.user, "two-factor set up", request.user)
    otp_login(request, device)
    request.session[STEP_KEY] = "verify"
    return device


def verified(request, device: TOTPDevice) -> None:
    otp_login(request, device)


@transaction.atomic
def remove(actor, user) -> int:
    """Remove every device of a person; they set up again (required) or sign in without."""
    removed, _ = TOTPDevice.objects.filter(user=user).delete()
    if removed:
        audit.record(actor, "two-factor removed", user)
    return removed
