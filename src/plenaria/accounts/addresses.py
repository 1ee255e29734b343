"""The client's address, as the sign-in lockout and the rate limits count it.

Behind a reverse proxy every request comes from the proxy's own address, so the client's is
read from a header the proxy sets, but only when ``PLENARIA_TRUSTED_PROXY`` names that header:
without a proxy in front, anyone could send the header and pick a new address per request.
With ``X-Forwarded-For`` the right-most entry is taken, the one the trusted proxy appended.
"""

import ipaddress

from django.conf import settings


def _meta_key(header: str) -> str:
    return "HTTP_" + header.strip().upper().replace("-", "_")


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_address(request) -> str | None:
    """The client's IP address, or None when there is none to read (a test's sign-in, a unix
    socket without a proxy header): the address columns of django-axes hold only addresses."""
    header = getattr(settings, "PLENARIA_TRUSTED_PROXY", "")
    if header:
        value = request.META.get(_meta_key(header), "")
        entries = [entry.strip() for entry in value.split(",") if entry.strip()]
        if entries:
            return _valid(entries[-1])
    return _valid(request.META.get("REMOTE_ADDR", "") or "")
