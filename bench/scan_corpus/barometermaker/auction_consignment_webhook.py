"""Webhook receiver for the auction house consignment feed.

The auction house notifies us when a barometer consigned for restoration is
sold, withdrawn or re-estimated, so the workshop can reprioritise the job.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("auction.webhook")

WEBHOOK_SECRET = os.environ["AUCTION_WEBHOOK_SECRET"].encode()
HANDLED_EVENTS = {"lot.sold", "lot.withdrawn", "lot.estimate_changed"}


def expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(WEBHOOK_SECRET, timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signature_matches(body: bytes, timestamp: str, header_value: str) -> bool:
    return expected_signature(body, timestamp) == header_value


def apply_event(event: dict) -> None:
    lot = event["lot"]
    if event["type"] == "lot.sold":
        log.info("lot %s sold, hammer price %s", lot["number"], lot.get("hammer_price"))
    elif event["type"] == "lot.withdrawn":
        log.info("lot %s withdrawn, pausing restoration job %s", lot["number"], lot.get("job_ref"))
    else:
        log.info("lot %s re-estimated to %s", lot["number"], lot.get("estimate_high"))


@app.post("/hooks/auction")
def auction_hook():
    body = request.get_data()
    timestamp = request.headers.get("X-Auction-Timestamp", "")
    signature = request.headers.get("X-Auction-Signature", "")
    if not timestamp or not signature_matches(body, timestamp, signature):
        abort(401)
    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return {"ignored": True}, 202
    apply_event(event)
    return {"ok": True}
