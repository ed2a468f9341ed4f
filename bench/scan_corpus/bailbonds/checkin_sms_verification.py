"""SMS verification for enrolling a defendant's phone in the check-in app.

When a defendant installs the app, we text a six-digit code to the phone
number on the bond application. Entering it links the device to the bond.
"""
from __future__ import annotations

import hmac
import logging
import os
import random
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, request
from twilio.rest import Client

from .storage import enrollment_table

app = Flask(__name__)
log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def _sms_client() -> Client:
    return Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


@app.post("/enroll/start")
def start_enrollment():
    data = request.get_json(force=True)
    bond_number = data["bond_number"]
    enrollment = enrollment_table.get_by_bond(bond_number)
    if enrollment is None:
        abort(404)

    code = f"{random.randint(0, 999999):06d}"
    enrollment_table.save_code(
        bond_number,
        code=code,
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
        attempts=0,
    )
    _sms_client().messages.create(
        to=enrollment.defendant_phone,
        from_=os.environ["TWILIO_FROM_NUMBER"],
        body=f"Your check-in app code is {code}. It expires in 10 minutes.",
    )
    log.info("enrollment code sent for bond %s", bond_number)
    return jsonify({"sent": True})


@app.post("/enroll/confirm")
def confirm_enrollment():
    data = request.get_json(force=True)
    bond_number = data["bond_number"]
    pending = enrollment_table.get_pending_code(bond_number)
    if pending is None or pending.expires_at < datetime.now(timezone.utc):
        abort(410, "code expired")
    if pending.attempts >= MAX_ATTEMPTS:
        abort(429, "too many attempts")
    enrollment_table.increment_attempts(bond_number)

    if not hmac.compare_digest(str(data.get("code", "")), pending.code):
        abort(401, "incorrect code")
    enrollment_table.link_device(bond_number, data["device_id"])
    return jsonify({"enrolled": True})
