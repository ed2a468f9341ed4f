"""Outgoing mail. Production swaps the outbox for the SMTP relay at deploy time."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    to: str
    subject: str
    body: str


@dataclass
class Outbox:
    """Keeps messages in memory; used in development and tests."""

    sent: list[Message] = field(default_factory=list)

    def send(self, to: str, subject: str, body: str) -> None:
        self.sent.append(Message(to, subject, body))
