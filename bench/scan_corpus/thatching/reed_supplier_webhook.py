"""Receive delivery notifications from the water-reed importer.

The importer posts a JSON event whenever a consignment of Turkish or Norfolk
reed is loaded, delayed or delivered to the yard. Each request carries an
HMAC-SHA256 of the raw body in the X-Reed-Signature header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)
app = Flask(__name__)
engine = create_engine(os.environ["STOCK_DATABASE_URL"], pool_pre_ping=True)
WEBHOOK_SECRET = os.environ["REED_WEBHOOK_SECRET"].encode()

KNOWN_EVENTS = {"consignment.loaded", "consignment.delayed", "consignment.delivered"}


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/reed-importer")
def reed_importer_event():
    body = request.get_data()
    presented = request.headers.get("X-Reed-Signature", "")
    if presented != _expected_signature(body):
        abort(401)
    event = json.loads(body)
    kind = event.get("type")
    if kind not in KNOWN_EVENTS:
        log.info("ignoring reed importer event %s", kind)
        return "", 204
    consignment = event["consignment"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO reed_consignments (ref, variety, bundles, status, eta) "
                "VALUES (:ref, :variety, :bundles, :status, :eta) "
                "ON CONFLICT (ref) DO UPDATE SET status = EXCLUDED.status, eta = EXCLUDED.eta"
            ),
            {
                "ref": consignment["ref"],
                "variety": consignment.get("variety", "water reed"),
                "bundles": int(consignment.get("bundles", 0)),
                "status": kind.split(".", 1)[1],
                "eta": consignment.get("eta"),
            },
        )
        if kind == "consignment.delivered":
            conn.execute(
                text("UPDATE yard_stock SET bundles = bundles + :n WHERE variety = :variety"),
                {"n": int(consignment.get("bundles", 0)),
                 "variety": consignment.get("variety", "water reed")},
            )
    log.info("reed consignment %s is now %s", consignment["ref"], kind)
    return "", 204
