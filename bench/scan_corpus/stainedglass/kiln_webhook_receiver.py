"""Receives firing-complete callbacks from the kiln controllers' cloud service."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from datetime import datetime

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class SignedCallback:
    """A callback body plus the signature header the vendor attached."""

    header_name = "X-Kiln-Signature"

    def __init__(self, body: bytes, header_value: str, secret: bytes) -> None:
        self.body = body
        self.header_value = header_value
        self._secret = secret

    @property
    def expected(self) -> str:
        return "sha256=" + hmac.new(self._secret, self.body, hashlib.sha256).hexdigest()

    def authentic(self) -> bool:
        return self.header_value == self.expected

    def payload(self) -> dict:
        return json.loads(self.body)


FIRING_LOG: list[dict] = []


def _record_firing(event: dict) -> dict:
    entry = {
        "kiln": event["controller_serial"],
        "program": event.get("program_name", "unknown"),
        "peak_c": event.get("peak_temperature"),
        "finished_at": datetime.fromisoformat(event["completed_at"]).isoformat(),
    }
    FIRING_LOG.append(entry)
    return entry


@app.post("/hooks/kiln/firing-complete")
def firing_complete():
    callback = SignedCallback(
        body=request.get_data(),
        header_value=request.headers.get(SignedCallback.header_name, ""),
        secret=os.environ["KILN_WEBHOOK_SECRET"].encode(),
    )
    if not callback.authentic():
        abort(401)
    entry = _record_firing(callback.payload())
    return jsonify(recorded=entry), 201


@app.get("/hooks/kiln/recent")
def recent():
    return jsonify(FIRING_LOG[-20:])
