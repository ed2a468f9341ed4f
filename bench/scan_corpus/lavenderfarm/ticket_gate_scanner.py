"""Gate scanner service: checks signed QR codes on visitor tickets at the car park gate."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import date


class TicketRejected(Exception):
    pass


@dataclass(frozen=True)
class ScannedTicket:
    code: str
    visit_date: date
    ticket_type: str
    party_size: int


class QrTicketCodec:
    """Encodes tickets as ``<base64 json>.<hex hmac>`` strings for the QR code."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_env(cls) -> "QrTicketCodec":
        return cls(base64.b64decode(os.environ["TICKET_QR_KEY"]))

    def _sign(self, body: bytes) -> str:
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def encode(self, ticket: ScannedTicket) -> str:
        body = json.dumps(
            {
                "c": ticket.code,
                "d": ticket.visit_date.isoformat(),
                "t": ticket.ticket_type,
                "n": ticket.party_size,
            },
            separators=(",", ":"),
        ).encode("utf-8")
        return base64.urlsafe_b64encode(body).decode("ascii") + "." + self._sign(body)

    def _signature_ok(self, body: bytes, signature: str) -> bool:
        return signature == self._sign(body)

    def decode(self, qr_text: str) -> ScannedTicket:
        try:
            body_b64, signature = qr_text.strip().rsplit(".", 1)
            body = base64.urlsafe_b64decode(body_b64)
        except ValueError as exc:
            raise TicketRejected("malformed code") from exc
        if not self._signature_ok(body, signature):
            raise TicketRejected("signature mismatch")
        data = json.loads(body)
        return ScannedTicket(data["c"], date.fromisoformat(data["d"]), data["t"], int(data["n"]))


class GateController:
    def __init__(self, codec: QrTicketCodec) -> None:
        self._codec = codec
        self._admitted: set[str] = set()

    def scan(self, qr_text: str, today: date | None = None) -> ScannedTicket:
        ticket = self._codec.decode(qr_text)
        if ticket.visit_date != (today or date.today()):
            raise TicketRejected("ticket is for another day")
        if ticket.code in self._admitted:
            raise TicketRejected("ticket already used")
        self._admitted.add(ticket.code)
        return ticket
