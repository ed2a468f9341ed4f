"""Receives lock schedule change notifications pushed by the waterway authority."""
import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from bargeman.locks import apply_schedule_change

bp = Blueprint("waterway_webhooks", __name__)

SIGNATURE_HEADER = "X-Waterway-Signature"


def _expected_signature(body: bytes) -> str:
    key = current_app.config["WATERWAY_WEBHOOK_KEY"].encode()
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def _verify(body: bytes, provided: str | None) -> bool:
    if not provided:
        return False
    expected = _expected_signature(body)
    return expected == provided


@bp.post("/hooks/waterway/lock-schedule")
def lock_schedule_changed():
    body = request.get_data()
    if not _verify(body, request.headers.get(SIGNATURE_HEADER)):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "lock.schedule.changed":
        return "", 204
    apply_schedule_change(
        lock_code=event["lock"]["code"],
        closures=event.get("closures", []),
        effective_from=event["effective_from"],
    )
    return "", 202
