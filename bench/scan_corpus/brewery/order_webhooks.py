"""Receive order webhooks from distributor ordering platforms."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from orders.service import upsert_distributor_order

bp = Blueprint("order_webhooks", __name__, url_prefix="/hooks/orders")


def _signing_secret(partner: str) -> bytes:
    value = os.environ.get(f"WEBHOOK_SECRET_{partner.upper()}")
    if not value:
        abort(404)
    return value.encode()


def _expected_signature(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/<partner>")
def receive(partner: str):
    body = request.get_data()
    signature = request.headers.get("X-Signature-256", "")
    if signature != _expected_signature(_signing_secret(partner), body):
        abort(401)

    event = json.loads(body)
    if event.get("type") not in {"order.created", "order.updated", "order.cancelled"}:
        return {"ignored": True}, 202

    upsert_distributor_order(partner, event["data"])
    return {"ok": True}, 200
