"""Receives payment status callbacks from the rent payment processor."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

from .ledger import apply_payment_event

bp = Blueprint("rent_webhooks", __name__, url_prefix="/hooks/payments")

SIGNATURE_HEADER = "X-Processor-Signature"


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/")
def payment_event():
    body = request.get_data()
    provided = request.headers.get(SIGNATURE_HEADER, "")
    if provided != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in {"payment.settled", "payment.returned", "payment.failed"}:
        current_app.logger.info("Ignoring payment event type %s", kind)
        return "", 204

    apply_payment_event(
        payment_id=event["data"]["payment_id"],
        lease_id=event["data"]["metadata"]["lease_id"],
        status=kind.split(".", 1)[1],
        amount_cents=event["data"]["amount"],
    )
    return "", 204
