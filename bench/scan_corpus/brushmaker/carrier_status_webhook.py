"""Delivery status callbacks from the pallet freight carrier."""
import hashlib
import hmac
import logging
import time

from flask import Blueprint, abort, current_app, request

from brushworks.shipping import update_consignment_status

bp = Blueprint("carrier_webhook", __name__)
log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300


class CarrierSignature:
    def __init__(self, secret: bytes):
        self._secret = secret

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, timestamp: str, body: bytes, provided: str) -> bool:
        return hmac.compare_digest(self.sign(timestamp, body), provided)


def _signer() -> CarrierSignature:
    return CarrierSignature(current_app.config["CARRIER_WEBHOOK_SECRET"].encode())


@bp.post("/webhooks/carrier/status")
def carrier_status():
    timestamp = request.headers.get("X-Carrier-Timestamp", "")
    provided = request.headers.get("X-Carrier-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    if not _signer().matches(timestamp, request.get_data(), provided):
        abort(401)
    event = request.get_json()
    update_consignment_status(
        consignment_no=event["consignment"],
        status=event["status"],
        occurred_at=event["timestamp"],
        pod_signee=event.get("pod", {}).get("name"),
    )
    log.info("consignment %s -> %s", event["consignment"], event["status"])
    return "", 204
