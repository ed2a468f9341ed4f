"""Receive shipment events from the generator vendor's logistics API.

Events are signed with HMAC-SHA256 over ``timestamp.body``; events older
than five minutes are rejected to stop replays.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("nm.vendor_webhook")

SIGNING_SECRET = os.environ["VENDOR_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300
engine = create_engine(os.environ["NM_DATABASE_URL"], pool_pre_ping=True)


def _sign(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(SIGNING_SECRET, message, hashlib.sha256).hexdigest()


def signature_valid(timestamp: str, body: bytes, presented: str) -> bool:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return False
    return hmac.compare_digest(_sign(timestamp, body), presented)


@app.post("/webhooks/vendor/shipments")
def vendor_shipment():
    body = request.get_data()
    if not signature_valid(
        request.headers.get("X-Vendor-Timestamp", ""),
        body,
        request.headers.get("X-Vendor-Signature", ""),
    ):
        abort(401)
    event = json.loads(body)
    if event.get("status") not in {"packed", "dispatched", "delivered", "lost"}:
        abort(422)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO generator_shipments (vendor_ref, generator_serial, status, eta) "
                "VALUES (:ref, :serial, :status, :eta) ON CONFLICT (vendor_ref) DO UPDATE "
                "SET status = excluded.status, eta = excluded.eta"
            ),
            {
                "ref": event["vendor_ref"],
                "serial": event.get("generator_serial"),
                "status": event["status"],
                "eta": event.get("eta"),
            },
        )
    log.info("vendor shipment %s is %s", event["vendor_ref"], event["status"])
    return jsonify({"ok": True})
