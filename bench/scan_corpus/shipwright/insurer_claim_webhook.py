"""Receive claim status callbacks from marine insurers.

When an insurer approves or rejects a repair claim, their system posts the
decision here so the yard can release or hold the work order.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, jsonify, request

from shipwright.config import settings
from shipwright.workorders import hold_work_order, release_work_order

bp = Blueprint("insurer_claims", __name__, url_prefix="/hooks/insurers")


def _signing_secret(insurer_code: str) -> bytes:
    secret = settings.insurer_webhook_secrets.get(insurer_code)
    if secret is None:
        abort(404)
    return secret.encode("utf-8")


def _expected_signature(insurer_code: str, body: bytes, timestamp: str) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(_signing_secret(insurer_code), message, hashlib.sha256).hexdigest()


@bp.post("/<insurer_code>/claims")
def claim_callback(insurer_code: str):
    timestamp = request.headers.get("X-Claim-Timestamp", "")
    provided = request.headers.get("X-Claim-Signature", "").removeprefix("sha256=")
    body = request.get_data()
    if provided != _expected_signature(insurer_code, body, timestamp):
        abort(401)
    event = json.loads(body)
    work_order = event["reference"]
    if event["decision"] == "approved":
        release_work_order(work_order, approved_amount=event.get("approved_amount"))
    elif event["decision"] == "rejected":
        hold_work_order(work_order, reason=event.get("reason", "claim rejected"))
    else:
        return jsonify({"status": "ignored"}), 202
    return jsonify({"status": "ok"})
