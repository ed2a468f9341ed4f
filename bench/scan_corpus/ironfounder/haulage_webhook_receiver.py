"""Status callbacks from contract hauliers.

Hauliers post load status changes (arrived, loaded, departed, delivered)
to this endpoint. Each callback is signed with the haulier's shared key
using HMAC-SHA256 over the raw request body.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, request

from haulage.db import db
from haulage.models import Booking, Haulier, StatusEvent

bp = Blueprint("haulier_callbacks", __name__)

SIGNATURE_HEADER = "X-Haulier-Signature"
HAULIER_HEADER = "X-Haulier-Code"


def body_signature(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _haulier_for_request() -> Haulier:
    code = request.headers.get(HAULIER_HEADER, "")
    haulier = Haulier.query.filter_by(code=code, active=True).first()
    if haulier is None:
        abort(404)
    return haulier


@bp.post("/callbacks/haulier")
def haulier_status_callback():
    haulier = _haulier_for_request()
    raw = request.get_data()
    expected = body_signature(haulier.callback_key.encode(), raw)
    provided = request.headers.get(SIGNATURE_HEADER, "")
    if provided != expected:
        abort(401)
    event = json.loads(raw)
    booking = Booking.query.filter_by(
        reference=event["booking_ref"], haulier_id=haulier.id
    ).first_or_404()
    db.session.add(
        StatusEvent(booking_id=booking.id, status=event["status"], reported_at=event["timestamp"])
    )
    booking.status = event["status"]
    db.session.commit()
    return {"ok": True}
