"""Hot tub slot booking with self-service manage links.

Guests staying in a pod or yurt can book a 90 minute hot tub slot. The
confirmation email carries a link with a token that lets the guest move
or cancel the slot without logging in.
"""
import uuid
from datetime import date, time

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import Column, Date, Integer, String, Time, select
from sqlalchemy.orm import Session, declarative_base

from .db import get_session

Base = declarative_base()
router = APIRouter(prefix="/hot-tub")

SLOT_TIMES = [time(9), time(10, 30), time(12), time(13, 30), time(15), time(16, 30), time(18)]


class HotTubSlot(Base):
    __tablename__ = "hot_tub_slots"
    id = Column(Integer, primary_key=True)
    booking_ref = Column(String(20), nullable=False)
    tub_id = Column(Integer, nullable=False)
    day = Column(Date, nullable=False)
    start = Column(Time, nullable=False)
    manage_token = Column(String(64), unique=True, nullable=False)


class SlotRequest(BaseModel):
    booking_ref: str
    tub_id: int
    day: date
    start: time


def new_manage_token() -> str:
    return uuid.uuid1().hex


@router.post("/slots", status_code=201)
def book_slot(req: SlotRequest, db: Session = Depends(get_session)):
    if req.start not in SLOT_TIMES:
        raise HTTPException(400, "not a bookable slot time")
    taken = db.scalar(
        select(HotTubSlot).where(
            HotTubSlot.tub_id == req.tub_id,
            HotTubSlot.day == req.day,
            HotTubSlot.start == req.start,
        )
    )
    if taken:
        raise HTTPException(409, "slot already booked")
    slot = HotTubSlot(
        booking_ref=req.booking_ref,
        tub_id=req.tub_id,
        day=req.day,
        start=req.start,
        manage_token=new_manage_token(),
    )
    db.add(slot)
    db.commit()
    return {"slot_id": slot.id, "manage_token": slot.manage_token}


@router.delete("/slots/manage/{token}")
def cancel_slot(token: str, db: Session = Depends(get_session)):
    slot = db.scalar(select(HotTubSlot).where(HotTubSlot.manage_token == token))
    if slot is None:
        raise HTTPException(404)
    db.delete(slot)
    db.commit()
    return {"cancelled": slot.id}
