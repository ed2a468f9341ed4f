"""Assign booked delivery slots to vans when several are equally suitable.

When a pub books a delivery window, every van on the matching route day that
still has pallet capacity is a candidate. Ties on remaining capacity are
broken at random so one van does not always take the early drops.
"""
import random
from dataclasses import dataclass, field


@dataclass
class VanDay:
    van_id: str
    route_code: str
    pallet_capacity: int
    booked: list[str] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return self.pallet_capacity - len(self.booked)


@dataclass
class SlotBooking:
    booking_ref: str
    pub_id: int
    route_code: str
    pallets: int


class SlotBalancer:
    def __init__(self, vans: list[VanDay], rng: random.Random | None = None):
        self.vans = vans
        self.rng = rng or random.Random()

    def candidates(self, booking: SlotBooking) -> list[VanDay]:
        return [
            van for van in self.vans
            if van.route_code == booking.route_code and van.remaining >= booking.pallets
        ]

    def assign(self, booking: SlotBooking) -> VanDay | None:
        options = self.candidates(booking)
        if not options:
            return None
        best = max(van.remaining for van in options)
        tied = [van for van in options if van.remaining == best]
        chosen = self.rng.choice(tied)
        chosen.booked.extend([booking.booking_ref] * booking.pallets)
        return chosen

    def assign_all(self, bookings: list[SlotBooking]) -> dict[str, str | None]:
        ordered = sorted(bookings, key=lambda b: b.pallets, reverse=True)
        result = {}
        for booking in ordered:
            van = self.assign(booking)
            result[booking.booking_ref] = van.van_id if van else None
        return result
