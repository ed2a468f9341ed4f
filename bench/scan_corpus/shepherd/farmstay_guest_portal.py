"""Sign-in for the farm-stay guest portal.

Guests sign in with their email and booking reference to see directions,
the wifi code for the cottage and the check-out instructions.
"""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response

from shepherd.farmstay.repo import BookingRepo, SessionRepo, get_booking_repo, get_session_repo

router = APIRouter(prefix="/portal")

SESSION_COOKIE = "stay_session"
SESSION_TTL = timedelta(days=14)


@router.post("/sign-in")
async def sign_in(
    response: Response,
    email: str = Form(...),
    reference: str = Form(...),
    bookings: BookingRepo = Depends(get_booking_repo),
    sessions: SessionRepo = Depends(get_session_repo),
):
    booking = await bookings.match_guest(email.strip().lower(), reference.strip().upper())
    if booking is None:
        raise HTTPException(status_code=401, detail="booking not found")
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    await sessions.create(sid=sid, booking_id=booking.id, expires=expires)
    response.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), samesite="lax")
    return {"cottage": booking.cottage_name, "arrive": booking.arrive.isoformat()}


async def current_booking(
    stay_session: str | None = Cookie(None),
    sessions: SessionRepo = Depends(get_session_repo),
):
    if not stay_session:
        raise HTTPException(status_code=401, detail="not signed in")
    record = await sessions.get(stay_session)
    if record is None or record.expires < datetime.now(timezone.utc):
        raise HTTPException(status_code=401, detail="session expired")
    return record.booking


@router.get("/stay")
async def stay_details(booking=Depends(current_booking)):
    return {
        "cottage": booking.cottage_name,
        "directions": booking.cottage.directions,
        "wifi": booking.cottage.wifi_code,
        "checkout": booking.cottage.checkout_notes,
    }


@router.post("/sign-out")
async def sign_out(response: Response, stay_session: str | None = Cookie(None),
                   sessions: SessionRepo = Depends(get_session_repo)):
    if stay_session:
        await sessions.delete(stay_session)
    response.delete_cookie(SESSION_COOKIE)
    return {"signed_out": True}
