"""Settlement notifications from the farm shop card terminal provider.

The provider calls this endpoint when a day's card takings settle into the
farm account, so the shop ledger can be reconciled against the till.
"""

import hashlib
import hmac
import json
import logging
import os
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("osierbed.shop.settlements")

LEDGER_DB = os.environ.get("SHOP_LEDGER_DB", "/var/lib/osierbed/ledger.sqlite3")
SIGNING_KEY = os.environ["TERMINAL_WEBHOOK_KEY"].encode("utf-8")


def _expected(body: bytes, timestamp: str) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(SIGNING_KEY, message, hashlib.sha256).hexdigest()


def signature_matches(body: bytes, timestamp: str, header_value: str) -> bool:
    supplied = header_value.split("=", 1)[-1].strip()
    return supplied == _expected(body, timestamp)


def record_settlement(event: dict) -> None:
    with sqlite3.connect(LEDGER_DB) as conn:
        conn.execute(
            "INSERT OR IGNORE INTO card_settlements "
            "(settlement_id, settled_on, gross_pence, fees_pence, terminal_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                event["id"],
                event["settled_on"],
                int(event["gross_amount"]),
                int(event["fee_amount"]),
                event["terminal_id"],
            ),
        )


@app.post("/hooks/terminal/settlement")
def settlement_hook():
    body = request.get_data()
    timestamp = request.headers.get("X-Terminal-Timestamp", "")
    signature = request.headers.get("X-Terminal-Signature", "")
    if not timestamp or not signature_matches(body, timestamp, signature):
        abort(401)

    event = json.loads(body)
    if event.get("type") != "settlement.completed":
        return jsonify(status="ignored"), 200

    data = event["data"]
    record_settlement(data)
    log.info("settlement %s recorded for terminal %s", data["id"], data["terminal_id"])
    return jsonify(status="ok"), 200
