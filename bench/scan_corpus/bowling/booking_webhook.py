"""Receives booking events from the online reservations platform."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from .bookings import apply_booking_event

bp = Blueprint("booking_webhook", __name__, url_prefix="/hooks")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Reservations-Signature"


def _webhook_secret() -> bytes:
    return current_app.config["RESERVATIONS_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, provided: str) -> bool:
    return provided.strip().lower() == _expected_signature(body)


@bp.post("/reservations")
def reservations_hook():
    body = request.get_data(cache=False)
    if not _signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in {"booking.created", "booking.updated", "booking.cancelled"}:
        log.info("ignoring reservations event %s", kind)
        return "", 204

    apply_booking_event(kind, event["data"])
    return "", 204
