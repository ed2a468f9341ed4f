"""Receive signed notifications from payroll software about contribution
schedules (submitted, amended, withdrawn).
"""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("contribution_notifications", __name__, url_prefix="/hooks")

HANDLED_EVENTS = {"schedule.submitted", "schedule.amended", "schedule.withdrawn"}


def _signature_valid(header_value: str | None, body: bytes) -> bool:
    if not header_value or not header_value.startswith("sha256="):
        return False
    secret = os.environ["CONTRIBUTION_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len("sha256="):])


@bp.post("/contribution-events")
def contribution_event():
    body = request.get_data()
    if not _signature_valid(request.headers.get("X-Payroll-Signature"), body):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202
    if event["type"] == "schedule.withdrawn":
        current_app.extensions["contribution_queue"].enqueue(
            "contributions.withdraw_schedule", schedule_id=event["schedule_id"]
        )
    else:
        current_app.extensions["contribution_queue"].enqueue(
            "contributions.ingest_schedule",
            employer_id=event["employer_id"],
            schedule_id=event["schedule_id"],
        )
    return jsonify(status="queued"), 202
