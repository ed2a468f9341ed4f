"""Login for the holiday-cottage guest area (door codes, welcome pack, checkout)."""
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, Form, HTTPException, Response
from sqlalchemy.orm import Session

from lighthousekeeper.api.deps import get_db
from lighthousekeeper.cottages.auth import verify_booking_login
from lighthousekeeper.cottages.sessions import GuestSession, new_session_token

router = APIRouter(prefix="/cottages/guest")

SESSION_COOKIE = "cottage_guest"
SESSION_TTL = timedelta(hours=12)
COOKIE_OPTS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/cottages",
    "samesite": "lax",
}


def _open_session(db: Session, booking_id: int) -> GuestSession:
    session = GuestSession(
        booking_id=booking_id,
        token=new_session_token(),
        expires_at=datetime.now(timezone.utc) + SESSION_TTL,
    )
    db.add(session)
    db.commit()
    return session


@router.post("/login")
def guest_login(
    response: Response,
    booking_ref: str = Form(...),
    surname: str = Form(...),
    db: Session = Depends(get_db),
):
    booking = verify_booking_login(db, booking_ref, surname)
    if booking is None:
        raise HTTPException(status_code=401, detail="booking not found")
    session = _open_session(db, booking.id)
    response.set_cookie(SESSION_COOKIE, session.token, **COOKIE_OPTS)
    return {"cottage": booking.cottage.name, "arrival": booking.arrival.isoformat()}


@router.post("/logout")
def guest_logout(response: Response):
    response.delete_cookie(SESSION_COOKIE, path="/cottages")
    return {"ok": True}
