"""Webhook receiver for the online shop (sold / cancelled listing events).

The marketplace signs every POST with HMAC-SHA256 over the raw body using the
shared webhook secret, and sends the hex digest in ``X-Marketplace-Signature``.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

log = logging.getLogger("listings.webhook")

app = Flask(__name__)
engine = create_engine(os.environ["LISTINGS_DB_URL"], pool_pre_ping=True)
WEBHOOK_SECRET = os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode("utf-8")

HANDLED_EVENTS = {"listing.sold", "listing.cancelled", "listing.expired"}


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/marketplace")
def marketplace_webhook():
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Marketplace-Signature", "")
    if signature != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        log.info("ignoring marketplace event %s", kind)
        return "", 204

    listing_ref = event["data"]["listing_id"]
    new_status = kind.split(".", 1)[1]
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE online_listings SET status = :status, updated_at = now() "
                "WHERE marketplace_ref = :ref"
            ),
            {"status": new_status, "ref": listing_ref},
        ).rowcount
        if kind == "listing.sold":
            conn.execute(
                text(
                    "UPDATE stock_items SET state = 'sold_online' "
                    "WHERE id = (SELECT stock_item_id FROM online_listings "
                    "WHERE marketplace_ref = :ref)"
                ),
                {"ref": listing_ref},
            )
    log.info("listing %s -> %s (%d rows)", listing_ref, new_status, updated)
    return "", 204
