"""Webhook called by payroll software when an employer submits a
contribution schedule. Requests are signed with HMAC-SHA256 over the raw body.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("contribution_webhook", __name__, url_prefix="/hooks")


def _expected_signature(body: bytes) -> str:
    secret = os.environ["CONTRIBUTION_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(received: str | None, body: bytes) -> bool:
    if not received:
        return False
    return received.removeprefix("sha256=") == _expected_signature(body)


@bp.post("/contributions")
def contribution_submitted():
    body = request.get_data()
    if not _signature_ok(request.headers.get("X-Payroll-Signature"), body):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") != "schedule.submitted":
        return jsonify(status="ignored"), 202

    queue = current_app.extensions["contribution_queue"]
    queue.enqueue(
        "contributions.ingest_schedule",
        employer_id=event["employer_id"],
        schedule_id=event["schedule_id"],
        period=event["period"],
    )
    return jsonify(status="queued"), 202
