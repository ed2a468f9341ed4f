"""Callback endpoint for the onboard card terminal acquirer.

The acquirer signs "<timestamp>.<body>" with HMAC-SHA256 and sends it as
`t=<timestamp>,v1=<hex>` in the Acquirer-Signature header.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from onboard.sales import settle_transaction

bp = Blueprint("acquirer", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


def verify_signature(header: str, body: bytes, secret: bytes) -> bool:
    parsed = _parse_header(header)
    if not parsed["t"].isdigit() or abs(time.time() - int(parsed["t"])) > TOLERANCE_SECONDS:
        return False
    signed = parsed["t"].encode("ascii") + b"." + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parsed["v1"])


@bp.route("/acquirer/callback", methods=["POST"])
def acquirer_callback():
    secret = os.environ["ACQUIRER_SIGNING_SECRET"].encode("utf-8")
    if not verify_signature(request.headers.get("Acquirer-Signature", ""), request.get_data(), secret):
        abort(401)
    event = request.get_json(force=True)
    if event.get("status") == "APPROVED":
        settle_transaction(event["terminal_id"], event["transaction_id"], event["amount_minor"])
    return jsonify({"received": True})
