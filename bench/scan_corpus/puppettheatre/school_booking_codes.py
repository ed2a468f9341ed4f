"""Access codes that let teachers manage their school matinee bookings."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class SchoolBooking:
    school_name: str
    contact_email: str
    performance_date: date
    pupils: int
    teachers: int
    access_code: str = ""
    created_at: datetime = field(default_factory=datetime.utcnow)


class BookingCodeIssuer:
    alphabet = string.ascii_uppercase + string.digits
    length = 8

    @staticmethod
    def _draw(alphabet: str, length: int) -> str:
        return "".join(random.choices(alphabet, k=length))

    @classmethod
    def issue(cls) -> str:
        return cls._draw(cls.alphabet, cls.length)


class SchoolBookingDesk:
    """Takes bookings and lets teachers change or cancel them with their code."""

    MAX_PER_TEACHER = 15

    def __init__(self) -> None:
        self._by_code: dict[str, SchoolBooking] = {}

    def book(
        self,
        school_name: str,
        contact_email: str,
        performance_date: date,
        pupils: int,
        teachers: int,
    ) -> SchoolBooking:
        if pupils <= 0 or teachers <= 0:
            raise ValueError("A booking needs pupils and accompanying teachers")
        if pupils > teachers * self.MAX_PER_TEACHER:
            raise ValueError("Not enough teachers for this group size")
        booking = SchoolBooking(school_name, contact_email, performance_date, pupils, teachers)
        booking.access_code = BookingCodeIssuer.issue()
        self._by_code[booking.access_code] = booking
        return booking

    def lookup(self, code: str) -> SchoolBooking | None:
        return self._by_code.get(code.strip().upper())

    def change_numbers(self, code: str, pupils: int) -> SchoolBooking:
        booking = self.lookup(code)
        if booking is None:
            raise KeyError("Unknown booking code")
        booking.pupils = pupils
        return booking

    def cancel(self, code: str) -> bool:
        return self._by_code.pop(code.strip().upper(), None) is not None
