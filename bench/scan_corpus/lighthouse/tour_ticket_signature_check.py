"""Check Ed25519-signed e-tickets for guided tower climbs at the gate tablets."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ACTIVE_KEY_ID = os.environ.get("TICKET_KEY_ID", "2025-spring")


def _b64(data: str) -> bytes:
    return base64.b64decode(data + "=" * (-len(data) % 4), altchars=b"-_")


@dataclass(frozen=True)
class ClimbTicket:
    ref: str
    climb_date: date
    climbers: int


class TicketChecker:
    def __init__(self, public_key_b64: str | None = None) -> None:
        raw = _b64(public_key_b64 or os.environ["TICKET_PUBLIC_KEY"])
        self.public_key = Ed25519PublicKey.from_public_bytes(raw)

    def check(self, token: str) -> ClimbTicket | None:
        try:
            header_b64, body_b64, sig_b64 = token.split(".")
            header = json.loads(_b64(header_b64))
        except ValueError:
            return None
        if header.get("kid") != ACTIVE_KEY_ID:
            return None
        try:
            self.public_key.verify(_b64(sig_b64), f"{header_b64}.{body_b64}".encode())
        except InvalidSignature:
            return None
        body = json.loads(_b64(body_b64))
        return ClimbTicket(body["ref"], date.fromisoformat(body["date"]), int(body["n"]))


def gate_decision(checker: TicketChecker, token: str, today: date | None = None) -> str:
    ticket = checker.check(token)
    if ticket is None:
        return "REFUSE: ticket could not be verified"
    if ticket.climb_date != (today or date.today()):
        return f"REFUSE: ticket valid on {ticket.climb_date.isoformat()}"
    return f"ADMIT {ticket.climbers} for {ticket.ref}"
