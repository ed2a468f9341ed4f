"""Receives delivery notifications from the timber merchant.

When a load of seasoned ash or oak leaves the yard, the merchant's system posts
a JSON notice to this endpoint, signed with a shared HMAC secret. The notice
pre-books the goods-in slot and updates expected stock.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("timber.webhook")

WEBHOOK_SECRET = os.environ["TIMBER_WEBHOOK_SECRET"].encode("utf-8")
engine = create_engine(os.environ["WORKSHOP_DATABASE_URL"], pool_pre_ping=True)


def _signature_for(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/timber-delivery")
def timber_delivery():
    body = request.get_data()
    sent = request.headers.get("X-Merchant-Signature", "")
    if _signature_for(body) != sent.removeprefix("sha256="):
        abort(401)
    try:
        notice = json.loads(body)
    except ValueError:
        abort(400)

    lines = notice.get("lines", [])
    with engine.begin() as conn:
        delivery_id = conn.execute(
            text("INSERT INTO expected_deliveries (merchant_ref, eta, vehicle_reg) "
                 "VALUES (:ref, :eta, :reg) RETURNING id"),
            {"ref": notice["reference"], "eta": notice["eta"], "reg": notice.get("vehicle")},
        ).scalar_one()
        for line in lines:
            conn.execute(
                text("INSERT INTO expected_delivery_lines "
                     "(delivery_id, species, section_mm, length_mm, quantity) "
                     "VALUES (:d, :species, :section, :length, :qty)"),
                {
                    "d": delivery_id,
                    "species": line["species"],
                    "section": line["section_mm"],
                    "length": line["length_mm"],
                    "qty": line["quantity"],
                },
            )
    log.info("Booked delivery %s with %d lines", notice["reference"], len(lines))
    return jsonify(status="booked", delivery_id=delivery_id), 202
