"""PIN handling for self-service drop-off lockers.

Customers choose a six digit PIN when they book a locker slot; the PIN is
stored so that the locker controller can validate it at drop-off time.
"""
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

import psycopg

from cobbler.config import settings

PIN_LENGTH = 6
BOOKING_TTL = timedelta(hours=48)


def _pin_digest(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode("ascii")
    return hashlib.sha256(material).hexdigest()


def book_locker(conn: psycopg.Connection, locker_id: int, ticket_id: int, pin: str) -> str:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise ValueError("PIN must be six digits")
    salt = secrets.token_hex(8)
    expires = datetime.now(timezone.utc) + BOOKING_TTL
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO locker_bookings (locker_id, ticket_id, pin_salt, pin_digest, expires_at)"
            " VALUES (%s, %s, %s, %s, %s) RETURNING booking_ref",
            (locker_id, ticket_id, salt, _pin_digest(pin, salt), expires),
        )
        booking_ref = cur.fetchone()[0]
    conn.commit()
    return booking_ref


def pin_matches(conn: psycopg.Connection, locker_id: int, pin: str) -> bool:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT pin_salt, pin_digest FROM locker_bookings"
            " WHERE locker_id = %s AND expires_at > now() AND released_at IS NULL",
            (locker_id,),
        )
        row = cur.fetchone()
    if row is None:
        return False
    salt, stored = row
    return hmac.compare_digest(_pin_digest(pin, salt), stored)


def connect() -> psycopg.Connection:
    return psycopg.connect(settings.DATABASE_DSN)
