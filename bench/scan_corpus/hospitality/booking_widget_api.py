"""API behind the embeddable booking widget that venues put on their own sites.

Returning guests who are signed in to their guest account (cookie session on
this domain) get their details pre-filled and can book in one tap.
"""
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from .availability import find_slots
from .bookings import create_booking
from .guests import Guest, current_guest

# Venues embed the widget on their own domains, and those change all the time.
WIDGET_ALLOWED_ORIGINS = ["*"]

app = FastAPI(title="Booking widget API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=WIDGET_ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type"],
)


class BookingRequest(BaseModel):
    venue_id: int
    slot: str
    party_size: int = Field(ge=1, le=20)
    special_requests: str = Field(default="", max_length=500)


@app.get("/venues/{venue_id}/availability")
def availability(venue_id: int, day: date, party_size: int = 2):
    return {"slots": find_slots(venue_id, day, party_size)}


@app.get("/me")
def me(guest: Guest = Depends(current_guest)):
    return {"name": guest.full_name, "email": guest.email, "phone": guest.phone}


@app.post("/bookings", status_code=201)
def book(req: BookingRequest, guest: Guest = Depends(current_guest)):
    booking = create_booking(guest, req.venue_id, req.slot, req.party_size, req.special_requests)
    if booking is None:
        raise HTTPException(status_code=409, detail="slot no longer available")
    return {"confirmation": booking.display_code}
