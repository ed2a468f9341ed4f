"""Invitations that let a client's event manager create a booking-portal login."""
from __future__ import annotations

import hashlib
import logging
import os
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

INVITE_TTL = timedelta(hours=72)
engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"], pool_pre_ping=True)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def create_invite(booking_id: int, email: str) -> str:
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO portal_invites (booking_id, email, token_digest, expires_at) "
                "VALUES (:b, :e, :d, :x)"
            ),
            {
                "b": booking_id,
                "e": email.lower(),
                "d": _token_digest(token),
                "x": datetime.now(timezone.utc) + INVITE_TTL,
            },
        )
    return token


def redeem_invite(token: str) -> dict | None:
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "UPDATE portal_invites SET redeemed_at = now() "
                "WHERE token_digest = :d AND redeemed_at IS NULL AND expires_at > now() "
                "RETURNING booking_id, email"
            ),
            {"d": _token_digest(token)},
        ).mappings().first()
    return dict(row) if row else None


def send_invite_email(email: str, token: str, attempts: int = 4) -> None:
    portal = os.environ["PORTAL_BASE_URL"].rstrip("/")
    payload = {
        "to": email,
        "template": "portal-invite",
        "vars": {"link": f"{portal}/invite/{token}"},
    }
    for attempt in range(1, attempts + 1):
        resp = requests.post(
            os.environ["MAILER_API_URL"],
            json=payload,
            headers={"Authorization": f"Bearer {os.environ['MAILER_API_KEY']}"},
            timeout=10,
        )
        if resp.status_code < 500:
            resp.raise_for_status()
            return
        delay = min(30.0, 2 ** attempt) + random.uniform(0, 1.5)
        log.warning("mailer returned %s, retrying in %.1fs", resp.status_code, delay)
        time.sleep(delay)
    raise RuntimeError("mailer unavailable")
