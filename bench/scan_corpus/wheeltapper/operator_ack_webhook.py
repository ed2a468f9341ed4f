"""Receives defect acknowledgements from train operating companies.

When an operator's fleet control accepts or disputes a wheel defect notice,
their system calls this webhook. Each operator has its own shared secret and
may send several signatures while it rotates keys.
"""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, request

from wheeltapper.defects import record_acknowledgement
from wheeltapper.operators import OperatorDirectory

bp = Blueprint("operator_ack", __name__)
directory = OperatorDirectory()
MAX_SKEW_SECONDS = 300


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def _provided_signatures(header: str) -> list[str]:
    return [part.strip() for part in header.split(",") if part.strip()]


@bp.post("/webhooks/operators/<operator_code>/ack")
def receive_ack(operator_code: str):
    operator = directory.get(operator_code)
    if operator is None:
        abort(404)
    timestamp = request.headers.get("X-WT-Timestamp", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    body = request.get_data()
    expected = _expected_signature(operator.webhook_secret, timestamp, body)
    if expected not in _provided_signatures(request.headers.get("X-WT-Signature", "")):
        abort(401)
    event = json.loads(body)
    record_acknowledgement(
        operator_code=operator_code,
        notice_id=event["notice_id"],
        status=event["status"],
        comment=event.get("comment", ""),
    )
    return {"ok": True}
