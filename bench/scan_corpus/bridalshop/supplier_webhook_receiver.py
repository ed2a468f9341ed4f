"""Receives shipment notifications from gown suppliers (dispatched, delayed, delivered)."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class SupplierSecretBook:
    prefix: str = "SUPPLIER_HOOK_SECRET_"

    def secret_for(self, supplier_code: str) -> bytes | None:
        value = os.environ.get(self.prefix + supplier_code.upper())
        return value.encode() if value else None


class ShipmentSignature:
    def __init__(self, book: SupplierSecretBook) -> None:
        self.book = book

    def matches(self, supplier_code: str, body: bytes, header: str) -> bool:
        secret = self.book.secret_for(supplier_code)
        if secret is None:
            return False
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, header or "")


signatures = ShipmentSignature(SupplierSecretBook())

STATUS_MAP = {"dispatched": "in_transit", "delayed": "delayed", "delivered": "in_store"}


@app.post("/hooks/suppliers/<supplier_code>/shipments")
def shipment_update(supplier_code: str):
    body = request.get_data()
    if not signatures.matches(supplier_code, body, request.headers.get("X-Hub-Signature-256", "")):
        abort(401)
    event = request.get_json(force=True)
    status = STATUS_MAP.get(event.get("status"))
    if status is None:
        return jsonify({"ignored": True})
    orders = app.config["ORDER_REPO"]
    for po_number in event.get("purchase_orders", []):
        orders.set_supplier_status(supplier_code, po_number, status, eta=event.get("eta"))
    return jsonify({"updated": len(event.get("purchase_orders", []))})
