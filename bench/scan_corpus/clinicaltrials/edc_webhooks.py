"""Receiver for form-status webhooks from the EDC vendor.

The vendor signs each delivery with HMAC-SHA256 over the raw body and
sends it in X-EDC-Signature as ``sha256=<hex>``.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("edc_webhooks", __name__, url_prefix="/hooks/edc")
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"form.submitted", "form.locked", "form.unlocked", "query.opened"}


def _expected_signature(body: bytes) -> str:
    secret = os.environ["EDC_WEBHOOK_SECRET"].encode()
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _is_authentic(body: bytes, header: str | None) -> bool:
    if not header:
        return False
    return header.strip() == _expected_signature(body)


@bp.post("/form-status")
def form_status():
    body = request.get_data(cache=False)
    if not _is_authentic(body, request.headers.get("X-EDC-Signature")):
        abort(401)

    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202

    queue = current_app.extensions["form_event_queue"]
    queue.put(
        {
            "type": event["type"],
            "study": event["study_oid"],
            "subject": event["subject_key"],
            "form": event["form_oid"],
            "at": event["timestamp"],
        }
    )
    log.info("queued %s for %s/%s", event["type"], event["study_oid"], event["subject_key"])
    return jsonify(status="queued"), 202
