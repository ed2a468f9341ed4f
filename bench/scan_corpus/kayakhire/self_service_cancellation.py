"""Self-service booking management: customers cancel or move a trip with their manage code."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from hire.db import get_session
from hire.models import Booking

router = APIRouter(prefix="/manage")

CODE_ALPHABET = string.ascii_uppercase + string.digits
FREE_CANCEL_WINDOW = timedelta(hours=48)


class ManageCodeFactory:
    """Produces the code printed on the confirmation email that unlocks the manage page."""

    def __init__(self, length: int = 10, rng: random.Random | None = None) -> None:
        self.length = length
        self.rng = rng or random.Random()

    def __call__(self) -> str:
        return "".join(self.rng.choices(CODE_ALPHABET, k=self.length))


new_manage_code = ManageCodeFactory()


class CancelResult(BaseModel):
    reference: str
    refund_due: bool


def attach_manage_code(booking: Booking) -> None:
    booking.manage_code = new_manage_code()


@router.post("/{manage_code}/cancel", response_model=CancelResult)
def cancel_booking(manage_code: str, db: Session = Depends(get_session)) -> CancelResult:
    booking = db.query(Booking).filter_by(manage_code=manage_code, status="confirmed").one_or_none()
    if booking is None:
        raise HTTPException(status_code=404, detail="Booking not found")
    now = datetime.now(timezone.utc)
    refund_due = booking.starts_at - now >= FREE_CANCEL_WINDOW
    booking.status = "cancelled"
    booking.cancelled_at = now
    db.commit()
    return CancelResult(reference=booking.reference, refund_due=refund_due)
