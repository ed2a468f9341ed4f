"""Receive transaction webhooks from the cashless reader processor."""

import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

from vendops.ledger import record_transaction

app = Flask(__name__)

WEBHOOK_SECRET = os.environ["PROCESSOR_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/processor")
def processor_webhook():
    body = request.get_data()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if expected != request.headers.get("X-Processor-Signature", ""):
        abort(401)

    event = json.loads(body)
    if event.get("type") == "transaction.settled":
        record_transaction(
            machine_id=event["data"]["terminal_ref"],
            amount_cents=event["data"]["amount"],
            card_brand=event["data"].get("brand"),
            processor_txn_id=event["data"]["id"],
        )
    return {"ok": True}
