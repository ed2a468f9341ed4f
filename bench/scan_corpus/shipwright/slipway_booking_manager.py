"""Slipway booking management for visiting and resident boats.

Owners receive a booking reference by email which, together with their
surname, lets them change haul-out dates through the public booking page.
"""
import random
import string
from dataclasses import dataclass
from datetime import date

from shipwright.db import Database
from shipwright.mail import send_template

REFERENCE_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class BookingRequest:
    vessel_name: str
    owner_surname: str
    owner_email: str
    loa_metres: float
    haul_out: date
    relaunch: date


class SlipwayBookingManager:
    def __init__(self, db: Database, reference_length: int = 8) -> None:
        self.db = db
        self.reference_length = reference_length
        self._rng = random.Random()

    def _new_reference(self) -> str:
        return "".join(self._rng.choice(REFERENCE_ALPHABET) for _ in range(self.reference_length))

    def book(self, request: BookingRequest, slipway_id: int) -> str:
        reference = self._new_reference()
        self.db.execute(
            "INSERT INTO slipway_bookings (reference, slipway_id, vessel_name, owner_surname,"
            " owner_email, loa_metres, haul_out, relaunch) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (reference, slipway_id, request.vessel_name, request.owner_surname,
             request.owner_email, request.loa_metres, request.haul_out, request.relaunch),
        )
        send_template(
            request.owner_email,
            "booking_confirmed",
            {"reference": reference, "vessel": request.vessel_name, "haul_out": request.haul_out},
        )
        return reference

    def find_for_owner(self, reference: str, surname: str):
        return self.db.fetch_one(
            "SELECT * FROM slipway_bookings WHERE reference = %s"
            " AND lower(owner_surname) = lower(%s)",
            (reference.strip().upper(), surname.strip()),
        )

    def reschedule(self, reference: str, surname: str, haul_out: date, relaunch: date) -> bool:
        booking = self.find_for_owner(reference, surname)
        if booking is None or relaunch <= haul_out:
            return False
        self.db.execute(
            "UPDATE slipway_bookings SET haul_out = %s, relaunch = %s WHERE id = %s",
            (haul_out, relaunch, booking["id"]),
        )
        return True
