"""Receive performance notifications pushed by the national peal database.

When a peal or quarter peal rung at one of the guild's towers is published,
the database calls this webhook so the guild's own records can be updated.
Each call is signed with HMAC-SHA256 over the raw body.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from guild_records import record_performance

app = Flask(__name__)
log = logging.getLogger("bellboard.webhook")

WEBHOOK_SECRET = os.environ["BELLBOARD_WEBHOOK_SECRET"].encode("utf-8")


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/bellboard/performance")
def performance_published():
    body = request.get_data(cache=False)
    supplied = request.headers.get("X-BB-Signature", "")
    if supplied != expected_signature(body):
        log.warning("Rejected webhook with bad signature from %s", request.remote_addr)
        abort(403)

    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    performance = payload.get("performance", {})
    required = {"id", "place", "date", "changes", "method"}
    if not required.issubset(performance):
        abort(422)

    record_performance(
        bellboard_id=int(performance["id"]),
        place=performance["place"],
        date=performance["date"],
        changes=int(performance["changes"]),
        method=performance["method"],
        footnote=performance.get("footnote", ""),
    )
    log.info("Recorded performance %s at %s", performance["id"], performance["place"])
    return jsonify({"received": True})
