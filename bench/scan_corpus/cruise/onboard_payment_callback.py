"""Callback from the card-payment provider when a guest settles the cabin account at checkout."""

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("payment_callback", __name__, url_prefix="/hooks/payments")

HANDLED_EVENTS = {"payment.captured", "payment.refunded"}


def _callback_secret() -> bytes:
    return os.environ["PAYMENT_CALLBACK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_callback_secret(), body, hashlib.sha256).hexdigest()


def _signature_matches(expected: str, provided: str) -> bool:
    return hmac.compare_digest(expected, provided.strip().lower())


@bp.post("/settlement")
def settlement():
    body = request.get_data(cache=True)
    if not _signature_matches(_expected_signature(body), request.headers.get("X-Signature", "")):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    accounts = current_app.extensions["cabin_accounts"]
    if event["type"] == "payment.captured":
        accounts.mark_settled(event["data"]["account_id"], event["data"]["amount_minor"])
    else:
        accounts.record_refund(event["data"]["account_id"], event["data"]["amount_minor"])
    return jsonify(status="ok"), 200
