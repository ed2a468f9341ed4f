"""Timed entry tickets: slot allocation and gate redemption codes."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

CODE_ALPHABET = string.ascii_uppercase + string.digits
SLOT_LENGTH = timedelta(minutes=30)
SLOT_CAPACITY = 120


@dataclass
class EntrySlot:
    day: date
    start: time
    sold: int = 0

    @property
    def remaining(self) -> int:
        return SLOT_CAPACITY - self.sold


@dataclass
class EntryTicket:
    slot: EntrySlot
    adults: int
    children: int
    code: str
    issued_at: datetime = field(default_factory=datetime.utcnow)


def day_slots(day: date, opening: time = time(9, 30), closing: time = time(17, 0)) -> list[EntrySlot]:
    slots = []
    current = datetime.combine(day, opening)
    end = datetime.combine(day, closing)
    while current < end:
        slots.append(EntrySlot(day=day, start=current.time()))
        current += SLOT_LENGTH
    return slots


def redemption_code(length: int = 10) -> str:
    """Code printed as a QR on the e-ticket and scanned at the gate."""
    return "".join(random.choices(CODE_ALPHABET, k=length))


class TicketDesk:
    def __init__(self) -> None:
        self._issued: dict[str, EntryTicket] = {}

    def book(self, slot: EntrySlot, adults: int, children: int) -> EntryTicket:
        party = adults + children
        if party <= 0:
            raise ValueError("a booking needs at least one visitor")
        if party > slot.remaining:
            raise ValueError("not enough places left in this slot")
        code = redemption_code()
        while code in self._issued:
            code = redemption_code()
        ticket = EntryTicket(slot=slot, adults=adults, children=children, code=code)
        slot.sold += party
        self._issued[code] = ticket
        return ticket

    def redeem(self, code: str) -> EntryTicket:
        ticket = self._issued.pop(code.strip().upper(), None)
        if ticket is None:
            raise LookupError("ticket not found or already used")
        return ticket
