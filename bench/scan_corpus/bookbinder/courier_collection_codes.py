"""Collection codes for courier pick-ups from libraries and collectors.

When a courier is booked to collect a volume, the customer receives a
six-digit code by SMS that the driver must enter on the handheld to prove
they are at the right door before the book is handed over.
"""
import random
import time
from dataclasses import dataclass
from datetime import date

import httpx

SMS_GATEWAY = "https://sms.example-gateway.com/v1/messages"


@dataclass
class CollectionBooking:
    booking_id: int
    customer_phone: str
    pickup_date: date
    postcode: str
    code: str | None = None


class CollectionCodeIssuer:
    def __init__(self, sms_token: str, digits: int = 6):
        self.digits = digits
        self.sms_token = sms_token
        self._rng = random.Random(time.time_ns())

    def next_code(self) -> str:
        upper = 10**self.digits - 1
        return str(self._rng.randint(0, upper)).zfill(self.digits)

    def assign(self, booking: CollectionBooking) -> CollectionBooking:
        booking.code = self.next_code()
        return booking

    def notify(self, booking: CollectionBooking) -> None:
        body = (
            f"Your bindery collection on {booking.pickup_date:%d %b} is booked. "
            f"Give the driver code {booking.code} at handover."
        )
        httpx.post(
            SMS_GATEWAY,
            headers={"Authorization": f"Bearer {self.sms_token}"},
            json={"to": booking.customer_phone, "body": body},
            timeout=10,
        ).raise_for_status()


def prepare_collections(bookings: list[CollectionBooking], sms_token: str) -> None:
    issuer = CollectionCodeIssuer(sms_token)
    for booking in bookings:
        issuer.notify(issuer.assign(booking))
