"""Self-service kiosk at the farm entrance: validates e-ticket barcodes and prints wristbands."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import date


class InvalidTicket(Exception):
    pass


@dataclass(frozen=True)
class EntryTicket:
    ticket_no: str
    visit_date: date
    kind: str


class BarcodeVerifier:
    """Tickets are ``<ticket_no>:<visit_date>:<kind>:<mac>`` with a truncated HMAC-SHA256 MAC."""

    MAC_BYTES = 16

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_env(cls) -> "BarcodeVerifier":
        return cls(base64.b64decode(os.environ["KIOSK_TICKET_KEY"]))

    def mac(self, message: str) -> str:
        digest = hmac.new(self._key, message.encode("utf-8"), hashlib.sha256).digest()
        return base64.b32encode(digest[: self.MAC_BYTES]).decode("ascii").rstrip("=")

    def _mac_matches(self, message: str, presented: str) -> bool:
        return hmac.compare_digest(self.mac(message), presented.upper())

    def parse(self, barcode: str) -> EntryTicket:
        try:
            ticket_no, visit_day, kind, mac = barcode.strip().split(":")
        except ValueError as exc:
            raise InvalidTicket("unreadable barcode") from exc
        if not self._mac_matches(f"{ticket_no}:{visit_day}:{kind}", mac):
            raise InvalidTicket("barcode not issued by us")
        return EntryTicket(ticket_no, date.fromisoformat(visit_day), kind)


class Kiosk:
    WRISTBAND_COLOURS = {"adult": "purple", "child": "green", "tour": "gold"}

    def __init__(self, verifier: BarcodeVerifier, printer) -> None:
        self._verifier = verifier
        self._printer = printer
        self._used: set[str] = set()

    def admit(self, barcode: str, today: date | None = None) -> str:
        ticket = self._verifier.parse(barcode)
        if ticket.visit_date != (today or date.today()):
            raise InvalidTicket("ticket is not valid today")
        if ticket.ticket_no in self._used:
            raise InvalidTicket("ticket already used")
        self._used.add(ticket.ticket_no)
        colour = self.WRISTBAND_COLOURS.get(ticket.kind, "white")
        self._printer.print_wristband(ticket.ticket_no, colour)
        return colour
