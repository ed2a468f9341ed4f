"""Receiver for purchase orders pushed by contractor procurement platforms.

Large cleaning contractors raise brush orders in their own procurement system,
which posts each approved purchase order to this endpoint signed with the
shared secret agreed for that contractor.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, request

from brushworks.orders import import_purchase_order
from brushworks.partners import partner_secret

bp = Blueprint("po_webhook", __name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-PO-Signature"
PARTNER_HEADER = "X-Partner-Id"


def compute_signature(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _authenticate(req) -> str:
    partner_id = req.headers.get(PARTNER_HEADER, "")
    secret = partner_secret(partner_id)
    if secret is None:
        abort(404)
    expected = compute_signature(secret, req.get_data(cache=True))
    provided = req.headers.get(SIGNATURE_HEADER, "")
    if expected != provided:
        abort(401)
    return partner_id


@bp.post("/webhooks/purchase-orders")
def receive_purchase_order():
    partner_id = _authenticate(request)
    try:
        payload = json.loads(request.get_data(cache=True))
    except ValueError:
        abort(400)
    po_number = payload.get("po_number")
    if not po_number or not payload.get("lines"):
        abort(422)
    order_id = import_purchase_order(partner_id, payload)
    log.info("imported PO %s from partner %s as order %s", po_number, partner_id, order_id)
    return {"order_id": order_id}, 202
