"""Pickup codes for reserved items waiting on a library van.

When a reservation is loaded onto the van for a borrower's chosen stop, the
borrower receives a short pickup code by SMS.  Staff key the code into the
tablet at the stop to release the item to whoever presents it.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import Reservation
from .sms import SmsGateway

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 6
PICKUP_WINDOW = timedelta(days=7)


@dataclass
class PickupNotice:
    reservation_id: int
    phone: str
    code: str
    stop_name: str
    expires_at: datetime


def new_pickup_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


class PickupCodeService:
    def __init__(self, db: Session, sms: SmsGateway) -> None:
        self.db = db
        self.sms = sms

    def issue(self, reservation_id: int) -> PickupNotice:
        res = self.db.execute(
            select(Reservation).where(Reservation.id == reservation_id)
        ).scalar_one()
        if res.status != "on_van":
            raise ValueError("reservation is not loaded on a van yet")
        code = new_pickup_code()
        expires = datetime.now(timezone.utc) + PICKUP_WINDOW
        self.db.execute(
            update(Reservation)
            .where(Reservation.id == reservation_id)
            .values(pickup_code=code, pickup_expires_at=expires, status="ready")
        )
        self.db.commit()
        notice = PickupNotice(
            reservation_id=res.id,
            phone=res.borrower.phone,
            code=code,
            stop_name=res.stop.name,
            expires_at=expires,
        )
        self.sms.send(
            notice.phone,
            f"Your reserved item is on the van at {notice.stop_name}. "
            f"Pickup code {notice.code}, valid until {expires:%d %b}.",
        )
        return notice
