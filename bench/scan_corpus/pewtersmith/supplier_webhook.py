"""Stock notifications from the ingot supplier.

The supplier POSTs JSON when a pewter ingot order ships or a lead-free alloy
lot is re-certified. Each request carries an HMAC-SHA256 of the body in the
X-Signature header, keyed with the shared secret from their partner portal.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .inventory import record_alloy_certificate, record_ingot_shipment

bp = Blueprint("supplier_webhook", __name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["INGOT_SUPPLIER_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, header_value: str | None) -> bool:
    if not header_value:
        return False
    sent = header_value.removeprefix("sha256=").strip().lower()
    return sent == _expected_signature(body)


@bp.post("/hooks/ingot-supplier")
def ingot_supplier_hook():
    body = request.get_data(cache=False)
    if not _signature_ok(body, request.headers.get("X-Signature")):
        log.warning("rejected supplier webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind == "shipment.dispatched":
        record_ingot_shipment(event["order_ref"], event["lots"], event.get("eta"))
    elif kind == "lot.certified":
        record_alloy_certificate(event["lot"], event["certificate_url"])
    else:
        log.info("ignoring supplier event type %s", kind)
    return jsonify(received=True)
