"""Receives settlement webhooks from the payment provider and marks owner payouts as paid."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("shepherdhut.payout_webhook")

WEBHOOK_SECRET = os.environ["PAYOUT_WEBHOOK_SECRET"].encode("utf-8")
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


def expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def _parse_header(header: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


@app.post("/webhooks/payouts")
def payout_webhook():
    header = request.headers.get("X-Payout-Signature", "")
    timestamp, signature = _parse_header(header)
    if not timestamp or not signature:
        abort(400)
    body = request.get_data()
    if signature != expected_signature(timestamp, body):
        log.warning("rejected payout webhook with bad signature")
        abort(401)

    event = json.loads(body)
    if event.get("type") != "payout.paid":
        return {"ignored": event.get("type")}, 200

    payout = event["data"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE owner_payouts SET status = 'paid', paid_at = now(), provider_ref = :ref "
                "WHERE id = :id AND status = 'pending'"
            ),
            {"ref": payout["id"], "id": int(payout["metadata"]["payout_id"])},
        )
    log.info("payout %s marked paid", payout["metadata"]["payout_id"])
    return {"ok": True}, 200
