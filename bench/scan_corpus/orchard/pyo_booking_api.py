"""Booking API behind the pick-your-own booking widget.

The widget is embedded on the farm website and on partner tourism sites.
Visitors sign in with their farm account cookie to manage bookings.
"""
import os
from datetime import date
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["PYO_DATABASE_URL"], pool_pre_ping=True)

CORS_CONFIG = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app = FastAPI(title="PYO bookings")
app.add_middleware(CORSMiddleware, **CORS_CONFIG)


class BookingIn(BaseModel):
    slot_id: int
    party_size: int = Field(ge=1, le=12)


class BookingOut(BaseModel):
    reference: str
    slot_id: int
    visit_date: date
    party_size: int


def current_visitor(request: Request) -> int:
    from .sessions import visitor_from_cookie

    visitor_id = visitor_from_cookie(request.cookies.get("farm_session"))
    if visitor_id is None:
        raise HTTPException(status_code=401)
    return visitor_id


@app.get("/bookings", response_model=List[BookingOut])
def my_bookings(visitor_id: int = Depends(current_visitor)):
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT b.reference, b.slot_id, s.visit_date, b.party_size FROM pyo_bookings b "
                "JOIN pyo_slots s ON s.id = b.slot_id WHERE b.visitor_id = :v ORDER BY s.visit_date"
            ),
            {"v": visitor_id},
        ).mappings().all()
    return [BookingOut(**r) for r in rows]


@app.post("/bookings", response_model=BookingOut, status_code=201)
def create_booking(body: BookingIn, visitor_id: int = Depends(current_visitor)):
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT create_pyo_booking(:v, :slot, :party) AS reference"),
            {"v": visitor_id, "slot": body.slot_id, "party": body.party_size},
        ).first()
        slot = conn.execute(text("SELECT visit_date FROM pyo_slots WHERE id = :s"), {"s": body.slot_id}).first()
    if row is None or row.reference is None:
        raise HTTPException(status_code=409, detail="slot full")
    return BookingOut(reference=row.reference, slot_id=body.slot_id, visit_date=slot.visit_date, party_size=body.party_size)


@app.delete("/bookings/{reference}", status_code=204)
def cancel_booking(reference: str, visitor_id: int = Depends(current_visitor)):
    with engine.begin() as conn:
        result = conn.execute(
            text("DELETE FROM pyo_bookings WHERE reference = :r AND visitor_id = :v"),
            {"r": reference, "v": visitor_id},
        )
    if result.rowcount == 0:
        raise HTTPException(status_code=404)
