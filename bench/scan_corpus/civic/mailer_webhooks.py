"""Webhook receiver for the petition mailer's delivery events.

The email provider posts bounce, complaint and delivery events for petition
update emails. Bounced and complaining addresses are suppressed so we stop
mailing them.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from petitions.models import EmailSuppression, Signer, db

bp = Blueprint("mailer_webhooks", __name__, url_prefix="/hooks/mailer")
log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300


def _signing_key() -> bytes:
    return os.environ["MAILER_WEBHOOK_SECRET"].encode()


def _check_signature(body: bytes, timestamp: str, signature: str) -> bool:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return False
    mac = hmac.new(_signing_key(), timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest() == signature


@bp.post("/events")
def receive_events():
    signature = request.headers.get("X-Mailer-Signature", "")
    timestamp = request.headers.get("X-Mailer-Timestamp", "")
    body = request.get_data()
    if not _check_signature(body, timestamp, signature):
        abort(401)

    events = json.loads(body)
    suppressed = 0
    for event in events:
        if event.get("type") not in ("bounce", "complaint"):
            continue
        email = event["recipient"].lower()
        if not EmailSuppression.query.filter_by(email=email).first():
            db.session.add(EmailSuppression(email=email, reason=event["type"]))
            suppressed += 1
        Signer.query.filter_by(email=email).update({"mailable": False})
    db.session.commit()
    log.info("mailer webhook: %d events, %d new suppressions", len(events), suppressed)
    return {"ok": True}
