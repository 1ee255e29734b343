"""Reading delivery status notifications (RFC 3464): which sent mail came back, and why.

Each mail Plenaria sends carries an ``X-Plenaria-Delivery`` header holding the delivery's
id, signed, so that a bounce that quotes the original headers names its delivery and a
forged one names none.
"""

import email
import email.policy
import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

from django.core import signing

DELIVERY_HEADER = "X-Plenaria-Delivery"
_signer = signing.Signer(salt="plenaria.circulars.delivery")


def delivery_token(delivery_id: int) -> str:
    return _signer.sign(str(delivery_id))


def delivery_of_token(token: str) -> int | None:
    """The delivery id in a token, or None when it was not signed here."""
    try:
        value = _signer.unsign(token.strip())
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None


@dataclass
class Bounce:
    recipient: str  # the address the mail could not reach, as the reporting server names it
    status: str  # e.g. 5.1.1
    reason: str  # the server's diagnostic, or the status when there is none
    token: str  # the signed delivery id quoted from the original mail, if any


def messages_in(path: Path) -> Iterator[Message]:
    """The mails of an mbox file, or the one mail of an .eml file."""
    with path.open("rb") as stream:
        is_mbox = stream.read(5) == b"From "
    if is_mbox:
        box = mailbox.mbox(path, factory=None, create=False)
        try:
            for key in box.iterkeys():
                yield email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
        finally:
            box.close()
    else:
        with path.open("rb") as stream:
            yield email.message_from_binary_file(stream, policy=email.policy.default)


def _address(field: str | None) -> str:
    """``rfc822; someone@example.org`` → ``someone@example.org``."""
    if not field:
        return ""
    return str(field).rpartition(";")[2].strip().strip("<>").lower()


def _quoted_token(message: Message) -> str:
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "text/rfc822-headers":
            raw = part.get_payload(decode=True) or b""
            headers = HeaderParser().parsestr(raw.decode("utf-8", "replace"))
            return str(headers.get(DELIVERY_HEADER, "") or "")
        if kind == "message/rfc822":
            quoted = part.get_payload()
            quoted = quoted[0] if isinstance(quoted, list) and quoted else quoted
            if isinstance(quoted, Message):
                return str(quoted.get(DELIVERY_HEADER, "") or "")
    return ""


def bounces_in(message: Message) -> list[Bounce]:
    """The failed recipients a DSN reports; an empty list for any other mail (including
    delays, which are not failures)."""
    report = next(
        (p for p in message.walk() if p.get_content_type() == "message/delivery-status"), None
    )
    if report is None:
        return []
    blocks = report.get_payload()
    if not isinstance(blocks, list):
        return []
    token = _quoted_token(message)
    found = []
    for block in blocks[1:]:  # the first block is about the whole message
        if str(block.get("Action", "")).strip().lower() != "failed":
            continue
        recipient = _address(block.get("Final-Recipient")) or _address(
            block.get("Original-Recipient")
        )
        status = str(block.get("Status", "")).strip()
        diagnostic = str(block.get("Diagnostic-Code", "")).rpartition(";")[2].strip()
        found.append(
            Bounce(
                recipient=recipient,
                status=status,
                reason=" ".join((diagnostic or status).split())[:1000],
                token=token,
            )
        )
    return found
