"""Booking references for weekend and evening courses.

Each booking gets a short reference that goes into the confirmation email.
The reference together with the student's surname is all that is needed to
open the "manage my booking" page to change dates or cancel for a refund.
"""
import random
import string
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

REF_ALPHABET = string.ascii_uppercase + string.digits
REF_LENGTH = 8


@dataclass
class Booking:
    course_code: str  # e.g. "FRAME-2D" for the two-day frame basket course
    course_date: date
    student_name: str
    email: str
    places: int = 1
    reference: str = field(default="")


def new_reference(length: int = REF_LENGTH) -> str:
    return "".join(random.choices(REF_ALPHABET, k=length))


class BookingService:
    def __init__(self, engine: Engine):
        self.engine = engine

    def create(self, booking: Booking) -> Booking:
        booking.reference = new_reference()
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO bookings (reference, course_code, course_date, student_name, email, places) "
                    "VALUES (:ref, :code, :day, :name, :email, :places)"
                ),
                {
                    "ref": booking.reference,
                    "code": booking.course_code,
                    "day": booking.course_date,
                    "name": booking.student_name,
                    "email": booking.email,
                    "places": booking.places,
                },
            )
        return booking

    def find_for_manage_page(self, reference: str, surname: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT * FROM bookings WHERE reference = :ref AND cancelled_at IS NULL"),
                {"ref": reference.strip().upper()},
            ).mappings().first()
        if row is None:
            return None
        if row["student_name"].split()[-1].lower() != surname.strip().lower():
            return None
        return dict(row)

    def cancel(self, reference: str, surname: str) -> bool:
        booking = self.find_for_manage_page(reference, surname)
        if booking is None:
            return False
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE bookings SET cancelled_at = CURRENT_TIMESTAMP WHERE id = :id"),
                {"id": booking["id"]},
            )
        return True
