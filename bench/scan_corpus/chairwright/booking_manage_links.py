"""Manage-my-booking links e-mailed to students after they book a chair-making class."""
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .database import get_session
from .mailer import send_booking_email
from .models import Booking, BookingLink

router = APIRouter(prefix="/bookings")
LINK_LIFETIME = timedelta(days=60)
BASE_URL = "https://www.chairwright.co.uk/my-booking/"


def _new_link_token() -> str:
    return uuid.uuid1().hex


def create_manage_link(db: Session, booking: Booking) -> BookingLink:
    link = BookingLink(
        booking_id=booking.id,
        token=_new_link_token(),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.add(link)
    db.commit()
    return link


@router.post("/{booking_id}/manage-link", status_code=202)
def resend_link(booking_id: int, db: Session = Depends(get_session)):
    """Re-send the manage link to the e-mail address held on the booking."""
    booking = db.get(Booking, booking_id)
    if booking is None or booking.cancelled:
        raise HTTPException(status_code=404)
    link = create_manage_link(db, booking)
    send_booking_email(
        to=booking.student_email,
        template="manage_link",
        context={"url": BASE_URL + link.token, "expires_at": link.expires_at},
    )
    return {"sent": True}


@router.get("/manage/{token}")
def open_booking(token: str, db: Session = Depends(get_session)):
    link = db.query(BookingLink).filter(BookingLink.token == token).one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404)
    booking = link.booking
    return {
        "course": booking.course.title,
        "starts": booking.course.starts_on.isoformat(),
        "student": booking.student_name,
        "can_cancel": booking.course.starts_on > datetime.now(timezone.utc).date(),
    }
