"""Booking API used by the embeddable booking widget.

Franchise salons embed the widget on their own websites, so the API has to
accept cross-origin calls. Customers stay signed in through the session
cookie issued by /auth/login.
"""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware

from booking.api import availability, bookings, customers
from booking.auth import router as auth_router
from booking.deps import current_customer

app = FastAPI(title="Salon booking API", version="3.4.0")

app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["BOOKING_SESSION_SECRET"],
    session_cookie="booking_session",
    same_site="none",
    https_only=True,
    max_age=60 * 60 * 24 * 7,
)
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Content-Type", "X-Requested-With"],
    max_age=600,
)

app.include_router(auth_router, prefix="/auth")
app.include_router(availability.router, prefix="/availability")
app.include_router(bookings.router, prefix="/bookings", dependencies=[Depends(current_customer)])
app.include_router(customers.router, prefix="/me", dependencies=[Depends(current_customer)])


@app.get("/healthz", include_in_schema=False)
def healthz():
    return {"ok": True}
