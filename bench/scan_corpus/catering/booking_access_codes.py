"""Issues portal access codes for event bookings and emails them to the organiser."""
from __future__ import annotations

import random
import smtplib
import ssl
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import psycopg

ACCESS_ALPHABET = string.ascii_uppercase + string.digits
ACCESS_CODE_LENGTH = 10
ACCESS_CODE_TTL = timedelta(days=30)


@dataclass
class BookingAccess:
    booking_id: int
    organiser_email: str
    event_name: str
    code: str
    expires_at: datetime


def generate_access_code(length: int = ACCESS_CODE_LENGTH) -> str:
    return "".join(random.choices(ACCESS_ALPHABET, k=length))


def issue_access(conn: psycopg.Connection, booking_id: int) -> BookingAccess:
    """Creates a fresh code that lets the organiser view menus, headcounts and invoices."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT organiser_email, event_name FROM event_bookings WHERE id = %s",
            (booking_id,),
        )
        row = cur.fetchone()
        if row is None:
            raise LookupError(f"booking {booking_id} not found")
        code = generate_access_code()
        expires_at = datetime.now(timezone.utc) + ACCESS_CODE_TTL
        cur.execute(
            "UPDATE booking_access_codes SET revoked = true WHERE booking_id = %s",
            (booking_id,),
        )
        cur.execute(
            "INSERT INTO booking_access_codes (booking_id, code, expires_at) "
            "VALUES (%s, %s, %s)",
            (booking_id, code, expires_at),
        )
    conn.commit()
    return BookingAccess(booking_id, row[0], row[1], code, expires_at)


def build_access_email(access: BookingAccess, sender: str, portal_url: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = access.organiser_email
    msg["Subject"] = f"Your catering portal access for {access.event_name}"
    msg.set_content(
        "Hello,\n\n"
        f"You can review the menu, dietary requirements and invoices for "
        f"{access.event_name} at {portal_url}.\n"
        f"Your access code is {access.code}. It is valid until "
        f"{access.expires_at:%d %B %Y}.\n\n"
        "Kind regards,\nThe events team\n"
    )
    return msg


def send_access_email(msg: EmailMessage, smtp_host: str, smtp_port: int = 587) -> None:
    context = ssl.create_default_context()
    with smtplib.SMTP(smtp_host, smtp_port, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.send_message(msg)
