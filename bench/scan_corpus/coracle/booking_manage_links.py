"""Manage-my-booking links.

Customers who book without an account get a link in their confirmation
email that lets them change the slot, add a paddler or cancel. The link
carries the booking reference and a token whose digest is stored with the
booking.
"""

import hashlib
import hmac
import secrets
from typing import Optional

import psycopg
from psycopg.rows import dict_row

from coracle.settings import DATABASE_URL, SITE_URL


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def create_manage_link(booking_ref: str) -> str:
    token = secrets.token_urlsafe(24)
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(
            "UPDATE bookings SET manage_token_digest = %s WHERE ref = %s",
            (_digest(token), booking_ref),
        )
    return f"{SITE_URL}/manage/{booking_ref}?t={token}"


def load_booking_for_link(booking_ref: str, token: str) -> Optional[dict]:
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        booking = conn.execute(
            "SELECT ref, customer_name, slot_start, craft_type, paddlers, "
            "status, manage_token_digest FROM bookings WHERE ref = %s",
            (booking_ref,),
        ).fetchone()
    if booking is None or booking["manage_token_digest"] is None:
        return None
    if not hmac.compare_digest(_digest(token), booking["manage_token_digest"]):
        return None
    if booking["status"] == "cancelled":
        return None
    booking.pop("manage_token_digest")
    return booking
