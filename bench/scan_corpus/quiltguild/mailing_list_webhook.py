"""Receives delivery and unsubscribe events from the newsletter mailing service."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)
bp = Blueprint("mailing_webhook", __name__)
engine = create_engine(os.environ["GUILD_DATABASE_URL"], pool_pre_ping=True)

SIGNING_KEY = os.environ["MAILER_WEBHOOK_SIGNING_KEY"].encode("utf-8")
MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(SIGNING_KEY, message, hashlib.sha256).hexdigest()


def _apply_event(event: dict) -> None:
    kind = event.get("event")
    email = str(event.get("recipient", "")).lower()
    if not email:
        return
    with engine.begin() as conn:
        if kind in ("unsubscribed", "complained"):
            conn.execute(
                text("UPDATE newsletter_subscribers SET status = 'unsubscribed' WHERE email = :e"),
                {"e": email},
            )
        elif kind == "bounced":
            conn.execute(
                text(
                    "UPDATE newsletter_subscribers SET bounce_count = bounce_count + 1 "
                    "WHERE email = :e"
                ),
                {"e": email},
            )


@bp.post("/hooks/mailer")
def mailer_event():
    timestamp = request.headers.get("X-Mailer-Timestamp", "")
    signature = request.headers.get("X-Mailer-Signature", "")
    body = request.get_data()
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    if signature != _expected_signature(timestamp, body):
        abort(403)
    try:
        payload = json.loads(body)
    except ValueError:
        abort(400)
    events = payload.get("events", [])
    for event in events:
        _apply_event(event)
    log.info("processed %d mailer events", len(events))
    return {"received": len(events)}
