"""Receiver for weighbridge terminal events.

The weighbridge vendor's cloud service posts a JSON event for every
first and second weighing. Events are signed with a shared secret using
HMAC-SHA256 over the raw body; the hex digest arrives in a header.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from sawyer.intake import record_weighing
from sawyer.settings import weighbridge_secret

bp = Blueprint("weighbridge", __name__)

SIGNATURE_HEADER = "X-WB-Signature"


def body_signature(body: bytes) -> str:
    return hmac.new(weighbridge_secret().encode(), body, hashlib.sha256).hexdigest()


def signature_from(req) -> str:
    value = req.headers.get(SIGNATURE_HEADER, "")
    return value.split("=", 1)[1] if value.startswith("sha256=") else value


@bp.post("/hooks/weighbridge")
def weighbridge_event():
    raw = request.get_data(cache=False)
    expected = body_signature(raw)
    provided = signature_from(request)
    if expected != provided:
        current_app.logger.warning("weighbridge event rejected from %s", request.remote_addr)
        abort(401)
    event = json.loads(raw)
    if event.get("type") not in ("first_weight", "second_weight"):
        return {"ignored": True}, 202
    record_weighing(
        ticket_no=event["ticket"],
        vehicle_reg=event["vehicle"],
        weight_kg=int(event["weight_kg"]),
        stage=event["type"],
        weighed_at=event["timestamp"],
    )
    return {"ok": True}
