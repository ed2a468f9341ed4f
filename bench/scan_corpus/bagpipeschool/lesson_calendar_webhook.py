"""Receives change notifications from the external calendar service.

Tutors keep their availability in a hosted calendar; when they edit it, the
service calls this endpoint so the lesson booking grid can be refreshed.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .tasks import refresh_tutor_availability

log = logging.getLogger(__name__)
bp = Blueprint("calendar_webhook", __name__)

MAX_SKEW_SECONDS = 300


def _secret() -> bytes:
    return os.environ["CALENDAR_WEBHOOK_SECRET"].encode("utf-8")


def _signature_valid(timestamp: str, body: bytes, presented: str) -> bool:
    message = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(_secret(), message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@bp.post("/hooks/calendar")
def calendar_changed():
    timestamp = request.headers.get("X-Cal-Timestamp", "")
    presented = request.headers.get("X-Cal-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400, "stale or missing timestamp")
    if not _signature_valid(timestamp, request.get_data(), presented):
        log.warning("calendar webhook signature mismatch")
        abort(401)

    event = request.get_json(force=True)
    tutor_ref = event.get("calendar_owner")
    if event.get("kind") == "sync":
        return jsonify({"ok": True})
    if not tutor_ref:
        abort(422)
    refresh_tutor_availability.delay(tutor_ref)
    log.info("queued availability refresh for tutor %s", tutor_ref)
    return jsonify({"queued": True}), 202
