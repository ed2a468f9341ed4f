"""Signature check for order webhooks sent by hospital LIMS systems."""
import hashlib
import hmac
import os
import time
from functools import wraps

from flask import abort, request

SIGNATURE_HEADER = "X-Order-Signature"
TIMESTAMP_HEADER = "X-Order-Timestamp"
MAX_SKEW_SECONDS = 300


def _secret_for(hospital_code: str) -> bytes:
    value = os.environ.get(f"ORDER_WEBHOOK_SECRET_{hospital_code.upper()}")
    if not value:
        abort(401)
    return value.encode()


def expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signed_webhook(view):
    @wraps(view)
    def wrapper(hospital_code, *args, **kwargs):
        timestamp = request.headers.get(TIMESTAMP_HEADER, "")
        provided = request.headers.get(SIGNATURE_HEADER, "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            abort(401)
        expected = expected_signature(_secret_for(hospital_code), timestamp, request.get_data())
        if not hmac.compare_digest(expected, provided):
            abort(401)
        return view(hospital_code, *args, **kwargs)
    return wrapper
