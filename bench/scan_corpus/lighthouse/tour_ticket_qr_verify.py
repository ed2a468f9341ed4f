"""Validate QR-coded tour tickets scanned at the lighthouse gate."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import date

TAG_LENGTH = 20


@dataclass(frozen=True)
class TourTicket:
    booking_ref: str
    tour_date: date
    party_size: int
    tag: str

    @classmethod
    def parse(cls, qr_text: str) -> "TourTicket":
        ref, day, size, tag = qr_text.strip().split("|")
        return cls(ref, date.fromisoformat(day), int(size), tag)

    def signed_part(self) -> bytes:
        return f"{self.booking_ref}|{self.tour_date.isoformat()}|{self.party_size}".encode()


class GateScanner:
    def __init__(self, key: bytes | None = None) -> None:
        self.key = key or base64.b64decode(os.environ["TICKET_SIGNING_KEY"])
        self.admitted: set[str] = set()

    def tag_for(self, ticket: TourTicket) -> str:
        mac = hmac.new(self.key, ticket.signed_part(), hashlib.sha256).digest()
        return base64.b32encode(mac).decode().rstrip("=")

    def verify(self, ticket: TourTicket) -> bool:
        computed = self.tag_for(ticket)
        return computed[:TAG_LENGTH] == ticket.tag

    def admit(self, qr_text: str, today: date | None = None) -> tuple[bool, str]:
        try:
            ticket = TourTicket.parse(qr_text)
        except ValueError:
            return False, "unreadable ticket"
        if not self.verify(ticket):
            return False, "ticket not recognised"
        if ticket.tour_date != (today or date.today()):
            return False, f"ticket is for {ticket.tour_date:%d %b}"
        if ticket.booking_ref in self.admitted:
            return False, "already admitted"
        self.admitted.add(ticket.booking_ref)
        return True, f"admit {ticket.party_size}"
