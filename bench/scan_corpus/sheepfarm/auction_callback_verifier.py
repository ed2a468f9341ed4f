"""Receives sale-result callbacks from the wool auction house.

Callbacks carry the lots sold, the clean price per kg and the buyer, and are
signed with HMAC-SHA256 using the secret issued when the clip was registered.
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
engine = create_engine(os.environ["WOOLSALES_DATABASE_URL"], pool_pre_ping=True)
log = logging.getLogger("auction_callbacks")

MAX_SKEW_SECONDS = 300


class CallbackVerifier:
    def __init__(self, secret: bytes):
        self._secret = secret

    def signature(self, timestamp: str, body: bytes) -> str:
        msg = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, sent: str, body: bytes) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        expected = self.signature(timestamp, body)
        return hmac.compare_digest(expected, sent.removeprefix("sha256="))


verifier = CallbackVerifier(os.environ["AUCTION_CALLBACK_SECRET"].encode("utf-8"))


@app.post("/hooks/auction/sale-result")
def sale_result():
    raw = request.get_data(cache=False)
    if not verifier.valid(
        request.headers.get("X-Auction-Timestamp", ""),
        request.headers.get("X-Auction-Signature", ""),
        raw,
    ):
        log.warning("rejected auction callback from %s", request.remote_addr)
        abort(401)
    payload = json.loads(raw)
    lots = payload.get("lots", [])
    with engine.begin() as conn:
        for lot in lots:
            conn.execute(
                text(
                    "UPDATE wool_lots SET sold = true, buyer = :buyer, "
                    "clean_cents_per_kg = :price, sale_id = :sale WHERE bale_lot_no = :lot"
                ),
                {
                    "buyer": lot["buyer"],
                    "price": int(lot["clean_cents_per_kg"]),
                    "sale": payload["sale_id"],
                    "lot": lot["lot_no"],
                },
            )
    return jsonify({"received": len(lots)})
