"""Receive pushed readings from the vat sensor gateway.

The gateway signs every POST body with HMAC-SHA256 using a shared secret and
puts the hex digest in the X-Gateway-Signature header.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("vat.webhook")

GATEWAY_SECRET = os.environ["VAT_GATEWAY_HMAC_SECRET"].encode()
ALARM_TEMP_C = 135.0


def expected_signature(body: bytes, secret: bytes = GATEWAY_SECRET) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header_value: str) -> bool:
    provided = header_value.removeprefix("sha256=").strip().lower()
    return provided == expected_signature(body)


def store_reading(reading: dict) -> None:
    from .storage import readings_table

    readings_table.insert(
        vat_id=reading["vat"],
        ts=reading["ts"],
        temperature_c=reading["temp"],
        ph=reading["ph"],
        conductivity=reading.get("cond"),
    )


@app.post("/hooks/vat-readings")
def vat_readings():
    body = request.get_data()
    if not signature_ok(body, request.headers.get("X-Gateway-Signature", "")):
        abort(403)
    payload = json.loads(body)
    for reading in payload.get("readings", []):
        store_reading(reading)
        if reading["temp"] >= ALARM_TEMP_C:
            log.warning("vat %s over temperature: %.1f C", reading["vat"], reading["temp"])
    return {"accepted": len(payload.get("readings", []))}
