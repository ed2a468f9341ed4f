"""Receives delivery status callbacks from the trucking carrier for reel shipments."""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("carrier_hooks", __name__, url_prefix="/hooks/carrier")


class CarrierSignature:
    HEADER = "X-Carrier-Signature"
    SECRET_ENV = "CARRIER_WEBHOOK_SECRET"

    @classmethod
    def compute(cls, body: bytes) -> str:
        secret = os.environ[cls.SECRET_ENV].encode("utf-8")
        return hmac.new(secret, body, hashlib.sha256).hexdigest()

    @staticmethod
    def matches(expected: str, presented: str) -> bool:
        return expected == presented.strip().lower()

    @classmethod
    def verify(cls, body: bytes, presented: str | None) -> bool:
        if not presented:
            return False
        return cls.matches(cls.compute(body), presented)


@bp.post("/status")
def delivery_status():
    body = request.get_data()
    if not CarrierSignature.verify(body, request.headers.get(CarrierSignature.HEADER)):
        abort(401)
    event = request.get_json(force=True)
    shipments = current_app.extensions["shipments"]
    shipments.record_event(
        shipment_id=event["shipment_id"],
        status=event["status"],
        occurred_at=event["timestamp"],
    )
    return jsonify({"accepted": True})
