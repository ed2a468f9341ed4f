"""Callback from the timber merchant's dispatch system.

When a lorry leaves the merchant's yard, their system posts a signed
dispatch notice so the shed crew can clear space in the drying shed.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from .db import engine

log = logging.getLogger(__name__)
bp = Blueprint("timber_dispatch", __name__)


class DispatchSignature:
    header = "X-Merchant-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "DispatchSignature":
        return cls(os.environ["TIMBER_MERCHANT_SECRET"].encode())

    def compute(self, body: bytes) -> str:
        mac = hmac.new(self._secret, body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode()

    def matches(self, body: bytes, presented: str) -> bool:
        return hmac.compare_digest(self.compute(body), presented)


@bp.post("/callbacks/timber-dispatch")
def timber_dispatch():
    body = request.get_data()
    if not DispatchSignature.from_env().matches(body, request.headers.get(DispatchSignature.header, "")):
        abort(401)
    notice = request.get_json()
    if notice.get("status") == "cancelled":
        new_status = "cancelled"
    elif notice.get("status") == "dispatched":
        new_status = "in_transit"
    else:
        return jsonify(status="ignored")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE purchase_orders SET delivery_status = :s, eta = :eta WHERE po_number = :po"),
            {"s": new_status, "eta": notice.get("eta"), "po": notice["po_number"]},
        )
    log.info("PO %s now %s", notice["po_number"], new_status)
    return jsonify(status="ok")
