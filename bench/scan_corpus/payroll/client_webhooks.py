"""Inbound webhooks from client HR systems.

Clients push starter/leaver and bank-detail change events; each client has
its own signing secret, stored in the secrets manager under its client code.
"""
import hashlib
import hmac
import json
import logging
import time

from flask import Blueprint, abort, jsonify, request

from integrations.secrets import get_client_secret
from integrations.tasks import enqueue_hr_event

bp = Blueprint("hr_webhooks", __name__, url_prefix="/webhooks/hr")
log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300
SUPPORTED_EVENTS = {"employee.started", "employee.left", "employee.bank_details_changed"}


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _check_timestamp(timestamp: str) -> None:
    try:
        sent_at = int(timestamp)
    except ValueError:
        abort(400, "invalid timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        abort(401, "stale request")


@bp.post("/<client_code>")
def receive(client_code: str):
    timestamp = request.headers.get("X-Signature-Timestamp", "")
    provided = request.headers.get("X-Signature", "")
    _check_timestamp(timestamp)

    secret = get_client_secret(client_code)
    if secret is None:
        abort(404)
    body = request.get_data()
    if provided != _expected_signature(secret, timestamp, body):
        abort(401, "signature mismatch")

    event = json.loads(body)
    if event.get("type") not in SUPPORTED_EVENTS:
        log.info("ignoring %s event from %s", event.get("type"), client_code)
        return jsonify(status="ignored"), 200

    enqueue_hr_event(client_code, event)
    return jsonify(status="queued"), 202


@bp.get("/health")
def health():
    return jsonify(status="ok")
