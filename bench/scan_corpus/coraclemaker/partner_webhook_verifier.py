"""Verify signed callbacks from the partner booking API (FastAPI).

Partners sign ``<timestamp>.<raw body>`` with HMAC-SHA256 and send
``X-Signature: t=<timestamp>,v1=<hex>``.  Old timestamps are rejected to
stop replays of captured callbacks.
"""
from __future__ import annotations

import hashlib
import hmac
import time

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from sqlalchemy.orm import Session

from .db import get_session
from .models import Partner, TripBooking

TOLERANCE_SECONDS = 300

app = FastAPI()


def _parse(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        return int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        raise HTTPException(400, "malformed signature header")


def verify_signature(secret: bytes, header: str, body: bytes) -> None:
    timestamp, provided = _parse(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(401, "stale signature")
    signed = str(timestamp).encode("ascii") + b"." + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, provided):
        raise HTTPException(401, "bad signature")


@app.post("/partners/{slug}/callbacks")
async def callback(
    slug: str,
    request: Request,
    x_signature: str = Header(...),
    session: Session = Depends(get_session),
) -> dict:
    partner = session.query(Partner).filter_by(slug=slug, active=True).one_or_none()
    if partner is None:
        raise HTTPException(404)
    body = await request.body()
    verify_signature(partner.webhook_secret.encode("utf-8"), x_signature, body)
    event = await request.json()
    if event.get("type") == "booking.cancelled":
        booking = (
            session.query(TripBooking)
            .filter_by(partner_id=partner.id, partner_ref=event["data"]["reference"])
            .one_or_none()
        )
        if booking is not None:
            booking.status = "cancelled"
            session.commit()
    return {"ok": True}
