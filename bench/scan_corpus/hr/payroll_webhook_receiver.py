"""Receives pay-run status callbacks from the payroll bureau."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from payroll.jobs import enqueue_payrun_update

bp = Blueprint("bureau_webhooks", __name__, url_prefix="/webhooks/bureau")

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["BUREAU_WEBHOOK_SECRET"].encode()


def _verify(timestamp: str, body: bytes, signature: str) -> bool:
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent_at) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(_signing_secret(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@bp.post("/payruns")
def payrun_callback():
    timestamp = request.headers.get("X-Bureau-Timestamp", "")
    signature = request.headers.get("X-Bureau-Signature", "")
    if not _verify(timestamp, request.get_data(), signature):
        abort(401)
    event = request.get_json(force=True)
    if event.get("status") == "completed":
        enqueue_payrun_update(event["payrun_id"], final=True)
    else:
        enqueue_payrun_update(event["payrun_id"], final=False)
    return jsonify(ok=True)
