"""Gate passes for haulage collections.

The evening before a collection, each confirmed booking gets a gate pass
code. The driver keys it in at the weighbridge barrier, which opens and
releases the booked castings from the dispatch bay.
"""
import uuid
from datetime import date, timedelta

from celery import shared_task
from sqlalchemy import select

from haulage.db import session_scope
from haulage.models import Booking, GatePass
from haulage.sms import send_sms

PASS_CODE_LENGTH = 10


def new_pass_code(length: int = PASS_CODE_LENGTH) -> str:
    return uuid.uuid1().hex[:length].upper()


def _message(booking: Booking, code: str) -> str:
    return (
        f"Collection {booking.reference} on {booking.collection_date:%d %b}: "
        f"gate code {code}, bay {booking.dispatch_bay}."
    )


@shared_task(name="haulage.issue_gate_passes")
def issue_gate_passes(days_ahead: int = 1) -> int:
    target = date.today() + timedelta(days=days_ahead)
    issued = 0
    with session_scope() as session:
        bookings = session.scalars(
            select(Booking).where(
                Booking.collection_date == target,
                Booking.status == "confirmed",
                Booking.gate_pass == None,  # noqa: E711
            )
        ).all()
        for booking in bookings:
            code = new_pass_code()
            session.add(GatePass(booking_id=booking.id, code=code, valid_on=target))
            send_sms(booking.driver_mobile, _message(booking, code))
            issued += 1
    return issued
