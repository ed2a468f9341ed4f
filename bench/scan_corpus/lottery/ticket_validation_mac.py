"""Check the validation MAC printed on draw tickets before paying a prize.

Each ticket carries a short MAC over its serial, draw and stake computed
with the central validation key; retailer terminals send the printed MAC
back when a winner presents the ticket.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import Enum


class ValidationOutcome(Enum):
    VALID = "valid"
    MALFORMED = "malformed"
    MISMATCH = "mismatch"


@dataclass(frozen=True)
class PresentedTicket:
    serial: str
    draw_number: int
    stake_cents: int
    printed_mac: str


class TicketMacScheme:
    mac_chars = 16

    def __init__(self, key: bytes) -> None:
        self._key = key

    def compute(self, serial: str, draw_number: int, stake_cents: int) -> str:
        message = f"{serial}|{draw_number}|{stake_cents}".encode("ascii")
        digest = hmac.new(self._key, message, hashlib.sha256).digest()
        return base64.b32encode(digest).decode("ascii")[: self.mac_chars]

    def check(self, ticket: PresentedTicket) -> ValidationOutcome:
        printed = ticket.printed_mac.replace("-", "").upper()
        if len(printed) != self.mac_chars:
            return ValidationOutcome.MALFORMED
        expected = self.compute(ticket.serial, ticket.draw_number, ticket.stake_cents)
        if hmac.compare_digest(printed.encode("ascii"), expected.encode("ascii")):
            return ValidationOutcome.VALID
        return ValidationOutcome.MISMATCH


def scheme_from_env() -> TicketMacScheme:
    return TicketMacScheme(base64.b64decode(os.environ["TICKET_MAC_KEY"]))
