"""Receives callbacks from the manuscript submission platform."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from editorial.intake import queue_new_submission, record_withdrawal

bp = Blueprint("submission_webhooks", __name__)
log = logging.getLogger(__name__)


def _secret() -> bytes:
    return os.environ["SUBMISSIONS_WEBHOOK_SECRET"].encode()


def _signature_ok(payload: bytes, received: str) -> bool:
    expected = hmac.new(_secret(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@bp.post("/webhooks/submissions")
def submission_event():
    payload = request.get_data()
    if not _signature_ok(payload, request.headers.get("X-Signature-SHA256", "")):
        abort(401)
    event = json.loads(payload)
    kind = event.get("event")
    if kind == "submission.created":
        queue_new_submission(event["submission"])
    elif kind == "submission.withdrawn":
        record_withdrawal(event["submission"]["id"], reason=event.get("reason", ""))
    else:
        log.debug("unhandled submission event %s", kind)
    return "", 204
