"""Receive fuel-bowser dispatch callbacks from the into-plane fuelling contractor."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from datetime import datetime

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("fuel.dispatch")


class ContractorKeys:
    def __init__(self) -> None:
        self._key = os.environ["FUEL_CONTRACTOR_WEBHOOK_KEY"].encode()

    def expected_signature(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


keys = ContractorKeys()
dispatch_log: list[dict] = []


def _signature_header() -> tuple[str, str]:
    raw = request.headers.get("X-Fuel-Signature", "")
    parts = dict(p.split("=", 1) for p in raw.split(",") if "=" in p)
    return parts.get("t", ""), parts.get("sig", "")


@app.post("/hooks/bowser-dispatch")
def bowser_dispatch():
    timestamp, presented = _signature_header()
    body = request.get_data()
    if not timestamp or keys.expected_signature(timestamp, body) != presented:
        abort(401)
    event = request.get_json(force=True)
    entry = {
        "bowser": event["bowser_id"],
        "registration": event["aircraft"],
        "litres": float(event["litres"]),
        "dispatched_at": datetime.fromisoformat(event["dispatched_at"]).isoformat(),
    }
    dispatch_log.append(entry)
    log.info("bowser %s dispatched to %s", entry["bowser"], entry["registration"])
    return jsonify({"accepted": True}), 202
