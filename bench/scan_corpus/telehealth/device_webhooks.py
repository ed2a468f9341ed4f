"""Inbound webhooks from the remote patient monitoring device vendor.

The vendor signs each delivery with HMAC-SHA256 over the raw body and sends
the hex digest in ``X-RPM-Signature``.  During a secret rotation both the old
and the new secret are valid, so ``RPM_WEBHOOK_SECRETS`` is a comma-separated
list.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

from .ingest import enqueue_reading

bp = Blueprint("rpm_webhooks", __name__, url_prefix="/hooks/rpm")


def _active_secrets() -> list[bytes]:
    raw = os.environ.get("RPM_WEBHOOK_SECRETS", "")
    return [s.strip().encode() for s in raw.split(",") if s.strip()]


def _sign(body: bytes, secret: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, provided: str) -> bool:
    secrets_ = _active_secrets()
    if not secrets_ or not provided:
        return False
    provided = provided.strip().lower()
    return any(provided == _sign(body, s) for s in secrets_)


@bp.post("/readings")
def readings_webhook():
    body = request.get_data(cache=False)
    if not _signature_ok(body, request.headers.get("X-RPM-Signature", "")):
        abort(401)

    event = json.loads(body)
    if event.get("type") != "measurement.created":
        return "", 204

    for m in event.get("measurements", []):
        enqueue_reading(
            device_serial=event["device"]["serial"],
            kind=m["kind"],
            value=m["value"],
            unit=m["unit"],
            taken_at=m["takenAt"],
        )
    current_app.logger.info("queued %d readings from %s", len(event.get("measurements", [])), event["device"]["serial"])
    return "", 202
