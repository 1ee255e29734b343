"""The client's address, as the sign-in lockout and the rate limits count it.

Behind a reverse proxy every request comes from the proxy's own address, so the client's is
read from a header the proxy sets, but only when ``PLENARIA_TRUSTED_PROXY`` names that header:
without a proxy in front, anyone could send the header and pick a new address per request.
With ``X-Forwarded-For`` the right-most entry is taken, the one the trusted proxy appended.
"""

from django.conf import settings


def _meta_key(header: str) -> str:
    return "HTTP_" + header.strip().upper().replace("-", "_")


def client_address(request) -> str:
    header = getattr(settings, "PLENARIA_TRUSTED_PROXY", "")
    if header:
        value = request.META.get(_meta_key(header), "")
        entries = [entry.strip() for entry in value.split(",") if entry.strip()]
        if entries:
            return entries[-1]
    return request.META.get("REMOTE_ADDR", "") or "unknown"
