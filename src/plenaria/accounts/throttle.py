"""Rate limits on what the public may send without signing in (django-ratelimit).

The rate is read from ``PLENARIA_RATE_REGISTER`` at each request ("20/h" by default, empty to
turn it off) and counted per client address in the default cache, which every server process
shares (see CACHES in the settings). The registration form and the registration API share one
count: a client cannot get twice the rate by using both.
"""

import ipaddress

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

from plenaria.accounts.addresses import client_address

REGISTER_GROUP = "registration.register"
TOO_MANY_REGISTRATIONS = _(
    "Too many registrations have been sent from your connection in a short time. "
    "Please wait a while and send the form again; what you typed is kept below."
)
TOO_MANY_REQUESTS = _(
    "Too many registrations have been sent from your connection in a short time. "
    "Please wait a while and try again."
)


def register_rate(group, request):
    return getattr(settings, "PLENARIA_RATE_REGISTER", "") or None


def client_key(group, request):
    """The client's address; an IPv6 one by its /64 network, which one subscriber gets whole."""
    address = client_address(request) or "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6 and not parsed.ipv4_mapped:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed.ipv4_mapped or parsed) if parsed.version == 6 else str(parsed)


def registration_limited(request) -> bool:
    """Count this request against the client's registrations; True when over the rate."""
    return is_ratelimited(
        request,
        group=REGISTER_GROUP,
        key=client_key,
        rate=register_rate,
        method=["POST"],
        increment=True,
    )
