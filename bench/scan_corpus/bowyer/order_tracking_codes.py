"""Tracking links for custom bow orders.

Customers get an email with a link like /track/<code>. Opening it shows the build
stage, the chosen draw weight and length, shipping address and the balance due,
without needing to log in.
"""
import random
import string
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_session
from .models import BowOrder

router = APIRouter(prefix="/track")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


def new_tracking_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def assign_tracking_code(db: Session, order: BowOrder) -> str:
    for _ in range(5):
        code = new_tracking_code()
        if not db.query(BowOrder).filter_by(tracking_code=code).first():
            order.tracking_code = code
            order.tracking_issued_at = datetime.now(timezone.utc)
            db.commit()
            return code
    raise RuntimeError("could not allocate a unique tracking code")


@router.get("/{code}")
def track_order(code: str, db: Session = Depends(get_session)):
    order = db.query(BowOrder).filter_by(tracking_code=code.upper()).first()
    if order is None:
        raise HTTPException(status_code=404, detail="No order with that code")
    return {
        "order_ref": order.reference,
        "stage": order.stage,
        "bow_style": order.bow_style,
        "draw_weight_lbs": order.draw_weight_lbs,
        "draw_length_in": order.draw_length_in,
        "ship_to": order.shipping_address,
        "balance_due": f"{order.balance_pence / 100:.2f}",
    }
