"""Callback endpoint for mobile money disbursement results.

The provider posts a JSON body per transfer and signs it with HMAC-SHA256
using the shared callback secret configured in the provider portal.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("mm_webhook", __name__, url_prefix="/webhooks/mobile-money")

SIGNATURE_HEADER = "X-Callback-Signature"


def _secret() -> bytes:
    return os.environ["MM_CALLBACK_SECRET"].encode()


def _sign(body: bytes) -> str:
    return hmac.new(_secret(), body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, provided: str) -> bool:
    return _sign(body) == provided.lower()


@bp.post("/result")
def transfer_result():
    body = request.get_data(cache=True)
    if not _signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)
    event = json.loads(body)
    transfers = current_app.extensions["transfers"]
    if event.get("status") == "SUCCESSFUL":
        transfers.mark_paid(event["externalId"], event["financialTransactionId"])
    else:
        transfers.mark_failed(event["externalId"], event.get("reason", "unknown"))
    return jsonify({"received": True})
