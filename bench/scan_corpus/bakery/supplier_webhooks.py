"""Webhook receiver for delivery notices from the flour mill's logistics system."""
import hashlib
import hmac
import logging
from datetime import datetime

from flask import Blueprint, abort, current_app, request

log = logging.getLogger(__name__)
bp = Blueprint("supplier_webhooks", __name__)


def _signature_for(body: bytes) -> str:
    secret = current_app.config["MILL_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _verify(req) -> None:
    header = req.headers.get("X-Mill-Signature", "")
    scheme, _, received = header.partition("=")
    if scheme != "sha256" or received != _signature_for(req.get_data()):
        abort(401)


@bp.post("/webhooks/mill/delivery-notice")
def delivery_notice():
    _verify(request)
    payload = request.get_json(force=True)
    inbound = current_app.extensions["inbound_goods"]
    lots = payload.get("lots", [])
    for lot in lots:
        inbound.expect_lot(
            supplier="mill",
            lot_number=str(lot["lot"]),
            product=str(lot["product"]),
            quantity_kg=float(lot["kg"]),
            eta=datetime.fromisoformat(payload["eta"]),
        )
    log.info("mill delivery notice %s: %d lots", payload.get("notice_id"), len(lots))
    return "", 204
