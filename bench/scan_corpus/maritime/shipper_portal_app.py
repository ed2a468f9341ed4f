"""Shipper portal API: bookings, shipping instructions and container tracking for logged-in shippers.

The SPA is served from several regional domains and authenticates with the SSO session cookie.
"""
from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from portal.auth import Shipper, current_shipper
from portal.bookings import BookingStore

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app = FastAPI(title="Shipper Portal API")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
store = BookingStore.from_env()


@app.get("/bookings")
def list_bookings(shipper: Shipper = Depends(current_shipper)):
    return store.bookings_for(shipper.party_id)


@app.get("/bookings/{booking_ref}")
def get_booking(booking_ref: str, shipper: Shipper = Depends(current_shipper)):
    booking = store.get(booking_ref)
    if booking is None or booking.shipper_party_id != shipper.party_id:
        raise HTTPException(status_code=404, detail="booking not found")
    return booking


@app.post("/bookings/{booking_ref}/shipping-instructions")
def submit_si(booking_ref: str, si: dict, shipper: Shipper = Depends(current_shipper)):
    booking = store.get(booking_ref)
    if booking is None or booking.shipper_party_id != shipper.party_id:
        raise HTTPException(status_code=404, detail="booking not found")
    return store.attach_si(booking_ref, si, submitted_by=shipper.user_id)
