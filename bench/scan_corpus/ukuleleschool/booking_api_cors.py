"""App factory for the booking API used by the school's own web and mobile front ends."""
import os
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import session_student
from .db import Booking, get_session


def allowed_origins() -> List[str]:
    configured = os.environ.get("BOOKING_CORS_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
    return origins or ["https://www.strumstreet.example", "https://app.strumstreet.example"]


def create_app() -> FastAPI:
    app = FastAPI(title="booking-api")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
    )

    @app.get("/bookings/mine")
    def my_bookings(request: Request, db: Session = Depends(get_session)):
        student = session_student(request, db)
        if student is None:
            raise HTTPException(status_code=401)
        rows = db.execute(
            select(Booking).where(Booking.student_id == student.id).order_by(Booking.created_at.desc())
        ).scalars()
        return [
            {"id": b.id, "slot": b.slot_id, "status": b.status, "instrument": b.instrument}
            for b in rows
        ]

    @app.delete("/bookings/{booking_id}")
    def cancel(booking_id: int, request: Request, db: Session = Depends(get_session)):
        student = session_student(request, db)
        booking = db.get(Booking, booking_id)
        if student is None or booking is None or booking.student_id != student.id:
            raise HTTPException(status_code=404)
        booking.status = "cancelled"
        db.commit()
        return {"id": booking.id, "status": booking.status}

    return app


app = create_app()
