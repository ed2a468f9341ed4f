"""Receives card-payment webhooks for customer stage invoices."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config["WEBHOOK_SECRET"] = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
engine = create_engine(os.environ["YARD_DATABASE_URL"], pool_pre_ping=True)

HANDLED_EVENTS = {"payment.succeeded", "payment.refunded"}


def expected_signature(body: bytes) -> str:
    return hmac.new(app.config["WEBHOOK_SECRET"], body, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Payments-Signature", "")
    if signature == expected_signature(body):
        event = json.loads(body)
    else:
        log.warning("rejected payment webhook from %s", request.remote_addr)
        abort(400)

    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored")

    data = event["data"]
    status = "paid" if event["type"] == "payment.succeeded" else "refunded"
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE stage_invoices SET status = :status, provider_ref = :ref "
                "WHERE invoice_number = :number"
            ),
            {"status": status, "ref": data["id"], "number": data["metadata"]["invoice"]},
        ).rowcount
    if not updated:
        log.error("payment %s refers to unknown invoice", data["id"])
        return jsonify(status="unknown invoice"), 404
    log.info("invoice %s marked %s", data["metadata"]["invoice"], status)
    return jsonify(status="ok")
