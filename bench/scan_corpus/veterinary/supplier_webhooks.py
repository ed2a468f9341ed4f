"""Receives stock and shipment notifications from the veterinary wholesaler."""
import hashlib
import hmac
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("supplier_webhooks", __name__, url_prefix="/hooks/supplier")
log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300


class SupplierSignatureVerifier:
    def __init__(self, secret: bytes):
        self._secret = secret

    def valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        try:
            ts = int(timestamp)
        except ValueError:
            return False
        if abs(time.time() - ts) > MAX_SKEW_SECONDS:
            return False
        mac = hmac.new(self._secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(mac, signature)


verifier = SupplierSignatureVerifier(os.environ["SUPPLIER_WEBHOOK_SECRET"].encode())


@bp.post("/events")
def supplier_event():
    body = request.get_data()
    if not verifier.valid(request.headers.get("X-Timestamp", ""), body,
                          request.headers.get("X-Signature", "")):
        abort(401)
    event = request.get_json(force=True, silent=True) or {}
    if event.get("type") == "shipment.dispatched":
        log.info("Shipment %s dispatched for PO %s", event.get("shipment_id"), event.get("po"))
    elif event.get("type") == "item.backordered":
        log.warning("SKU %s backordered until %s", event.get("sku"), event.get("eta"))
    return jsonify(received=True), 200
