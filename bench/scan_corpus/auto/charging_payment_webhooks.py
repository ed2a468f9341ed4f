"""Payment processor webhooks for charging-session billing."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from billing.sessions import mark_session_failed, mark_session_paid

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")


def _signing_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


@bp.post("/payments")
def payment_event():
    body = request.get_data()
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if sent != expected:
        abort(401)

    event = json.loads(body)
    session_id = event["data"]["metadata"]["charging_session_id"]
    if event["type"] == "payment.succeeded":
        mark_session_paid(session_id, amount_cents=event["data"]["amount"])
    elif event["type"] == "payment.failed":
        mark_session_failed(session_id, reason=event["data"].get("failure_code"))
    return "", 204
