"""A real SMTP server on localhost (aiosmtpd) that keeps what it accepts, for the tests."""

import asyncio
import email
import email.policy
import socket
import threading
from email.message import Message

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Sink:
    """Accepts every mail (after ``delay`` seconds), refuses the addresses in ``refuse``."""

    def __init__(self, delay: float = 0.0, refuse: set[str] | None = None):
        self.delay = delay
        self.refuse = refuse or set()
        self.received: list[Message] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.received.append(
                email.message_from_bytes(envelope.content, policy=email.policy.default)
            )
        return "250 Message accepted"

    def recipients(self) -> list[str]:
        with self.lock:
            return [message["To"] for message in self.received]


class RunningSink:
    def __init__(self, sink: Sink):
        self.sink = sink
        self.port = free_port()
        self.controller = Controller(sink, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "RunningSink":
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()
