"""Webhook from the spoke-blank supplier announcing dispatched orders.

The supplier of cleft oak spoke blanks posts a signed JSON message when an
order leaves their yard. The message is checked against the shared secret
and then the matching purchase order is marked as dispatched.
"""
import hashlib
import hmac
import logging
import os
import time

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("suppliers.spokes")

engine = create_engine(os.environ["WORKSHOP_DATABASE_URL"], pool_pre_ping=True)
MAX_SKEW_S = 300


def _secret() -> bytes:
    return os.environ["SPOKE_SUPPLIER_WEBHOOK_SECRET"].encode("utf-8")


def signature_valid(body: bytes, timestamp: str, presented: str) -> bool:
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent_at) > MAX_SKEW_S:
        return False
    mac = hmac.new(_secret(), f"{timestamp}.".encode("ascii") + body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), presented)


@app.post("/hooks/spoke-dispatch")
def spoke_dispatch():
    body = request.get_data()
    if not signature_valid(body,
                           request.headers.get("X-Timestamp", ""),
                           request.headers.get("X-Signature", "")):
        abort(401)
    msg = request.get_json(force=True)
    with engine.begin() as conn:
        updated = conn.execute(
            text("UPDATE purchase_orders SET status = 'dispatched', carrier_ref = :carrier "
                 "WHERE supplier_code = 'OAKCLEFT' AND po_number = :po AND status = 'placed'"),
            {"po": msg["po_number"], "carrier": msg.get("carrier_ref")},
        ).rowcount
    if updated == 0:
        log.warning("Dispatch notice for unknown or already-dispatched PO %s", msg["po_number"])
        return jsonify(status="ignored"), 200
    log.info("PO %s dispatched by spoke supplier", msg["po_number"])
    return jsonify(status="ok"), 200
