"""Receives release/hold status notifications pushed by the customs authority."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["ENTRY_DB_URL"])


class SignatureChecker:
    header = "X-Customs-Signature"

    def __init__(self, shared_secret: bytes) -> None:
        self.shared_secret = shared_secret

    def _expected(self, body: bytes, timestamp: str) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self.shared_secret, message, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, timestamp: str, presented: str) -> bool:
        expected = self._expected(body, timestamp)
        return presented.lower() == expected


checker = SignatureChecker(os.environ["CUSTOMS_WEBHOOK_SECRET"].encode())


def _record_status(event: dict) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE entries SET authority_status = :status, status_at = :ts "
                "WHERE entry_number = :entry"
            ),
            {"status": event["status"], "ts": event["timestamp"], "entry": event["entryNumber"]},
        )


@app.post("/hooks/customs/status")
def customs_status():
    body = request.get_data()
    timestamp = request.headers.get("X-Customs-Timestamp", "")
    presented = request.headers.get(checker.header, "")
    if not checker.matches(body, timestamp, presented):
        abort(401)
    event = json.loads(body)
    if event.get("status") not in {"RELEASED", "HOLD", "EXAM", "REJECTED"}:
        abort(422)
    _record_status(event)
    return jsonify({"received": event["entryNumber"]})
