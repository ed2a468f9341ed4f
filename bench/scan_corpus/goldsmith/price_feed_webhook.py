"""Receives intraday metal price pushes from the bullion data provider."""
import hashlib
import hmac
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from atelier.pricing import store_spot_prices

log = logging.getLogger(__name__)
app = Flask(__name__)

FEED_SECRET = os.environ["PRICE_FEED_WEBHOOK_SECRET"].encode()
SUPPORTED_METALS = {"XAU", "XAG", "XPT", "XPD"}
MAX_SKEW_SECONDS = 300


def expected_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(FEED_SECRET, message, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, timestamp: str, header: str) -> bool:
    if not header.startswith("sha256="):
        return False
    return header[len("sha256="):] == expected_signature(body, timestamp)


def fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= MAX_SKEW_SECONDS
    except ValueError:
        return False


@app.post("/hooks/spot-prices")
def receive_spot_prices():
    body = request.get_data()
    timestamp = request.headers.get("X-Feed-Timestamp", "")
    signature = request.headers.get("X-Feed-Signature", "")
    if not fresh(timestamp) or not signature_ok(body, timestamp, signature):
        abort(401)

    payload = request.get_json(force=True)
    quotes = {
        q["metal"]: (float(q["bid"]), float(q["ask"]))
        for q in payload.get("quotes", [])
        if q.get("metal") in SUPPORTED_METALS
    }
    if not quotes:
        return jsonify(accepted=0), 202

    store_spot_prices(quotes, currency=payload.get("currency", "GBP"), as_of=int(timestamp))
    log.info("stored %d spot quotes", len(quotes))
    return jsonify(accepted=len(quotes)), 202
