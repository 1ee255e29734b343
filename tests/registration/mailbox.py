"""Reading the private link out of the mail, as the registrant does."""

import re
from urllib.parse import urlsplit

from django.core import mail

LINK = re.compile(r"https?://\S+/registration/mine/[^/\s]+/")


def links_sent_to(address: str) -> list[str]:
    """The private links mailed to ``address``, oldest first, as paths of this site."""
    return [
        urlsplit(found).path
        for message in mail.outbox
        if address in message.to
        for found in LINK.findall(message.body)
    ]


def link_sent_to(address: str) -> str:
    links = links_sent_to(address)
    assert links, f"no private link was mailed to {address}"
    return links[-1]
