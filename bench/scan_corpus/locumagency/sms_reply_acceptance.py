"""Inbound SMS webhook: clinicians accept shift offers by replying with a code.

Twilio posts each inbound message here.  The request signature is checked
with Twilio's validator, then the ``YES <code>`` reply is matched to the
pending offer for that mobile number.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone

import psycopg
from flask import Flask, abort, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])

REPLY_PATTERN = re.compile(r"^\s*YES\s+(\d{6})\s*$", re.IGNORECASE)


def _pending_offer(conn: psycopg.Connection, mobile: str):
    return conn.execute(
        """
        SELECT o.shift_id, o.clinician_id, o.accept_code, o.expires_at
        FROM shift_offers o JOIN clinicians c ON c.id = o.clinician_id
        WHERE c.mobile = %s AND o.status = 'pending'
        ORDER BY o.expires_at DESC LIMIT 1
        """,
        (mobile,),
    ).fetchone()


def _reply(text: str) -> str:
    resp = MessagingResponse()
    resp.message(text)
    return str(resp)


@app.post("/sms/inbound")
def inbound_sms():
    signature = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, signature):
        abort(403)

    match = REPLY_PATTERN.match(request.form.get("Body", ""))
    if not match:
        return _reply("To accept a shift reply YES followed by the 6-digit code.")
    code = match.group(1)

    with psycopg.connect(os.environ["BOOKINGS_DSN"]) as conn:
        offer = _pending_offer(conn, request.form["From"])
        if offer is None or offer[3] < datetime.now(timezone.utc):
            return _reply("Sorry, that offer has expired or was already filled.")
        shift_id, clinician_id, accept_code, _ = offer
        if accept_code == code:
            conn.execute(
                "UPDATE shift_offers SET status = 'accepted' WHERE shift_id = %s AND clinician_id = %s",
                (shift_id, clinician_id),
            )
            conn.execute(
                "UPDATE shifts SET booked_clinician_id = %s WHERE id = %s AND booked_clinician_id IS NULL",
                (clinician_id, shift_id),
            )
            return _reply(f"Booked. Shift {shift_id} confirmed - details are in the app.")
    return _reply("That code did not match your current offer.")
