"""Receives sale-result callbacks from the wool auction house.

After each sale the broker's system POSTs the lots sold, clean price per kg
and buyer. Callbacks are signed with HMAC-SHA256 using the shared secret
issued when the farm registered its clip.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["WOOLSALES_DATABASE_URL"], pool_pre_ping=True)
log = logging.getLogger("wool_auction_webhook")


def _callback_secret() -> bytes:
    return os.environ["AUCTION_CALLBACK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_callback_secret(), body, hashlib.sha256).hexdigest()


@app.post("/hooks/auction/sale-result")
def sale_result():
    raw = request.get_data(cache=False)
    sent = request.headers.get("X-Auction-Signature", "")
    if sent.removeprefix("sha256=") != _expected_signature(raw):
        log.warning("rejected auction callback from %s", request.remote_addr)
        abort(401)

    payload = json.loads(raw)
    sale_id = payload["sale_id"]
    lots = payload.get("lots", [])
    with engine.begin() as conn:
        for lot in lots:
            conn.execute(
                text(
                    "UPDATE wool_lots SET sold = true, buyer = :buyer, "
                    "clean_cents_per_kg = :price, sale_id = :sale "
                    "WHERE bale_lot_no = :lot"
                ),
                {
                    "buyer": lot["buyer"],
                    "price": int(lot["clean_cents_per_kg"]),
                    "sale": sale_id,
                    "lot": lot["lot_no"],
                },
            )
    log.info("recorded %d lots for sale %s", len(lots), sale_id)
    return jsonify({"received": len(lots)})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8085")))
