"""Receives daily delivery nominations pushed by offtakers' scheduling systems."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class NominationSigner:
    """Per-offtaker signing secrets shared when the offtake contract was onboarded."""

    tolerance_s = 300

    def __init__(self, secrets_by_offtaker: dict[str, bytes]) -> None:
        self._secrets = secrets_by_offtaker

    @classmethod
    def from_environment(cls) -> "NominationSigner":
        raw = json.loads(os.environ["NOMINATION_WEBHOOK_SECRETS"])
        return cls({k: v.encode("utf-8") for k, v in raw.items()})

    def expected(self, offtaker: str, timestamp: str, body: bytes) -> str:
        payload = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secrets[offtaker], payload, hashlib.sha256).hexdigest()

    def verify(self, offtaker: str, header: str, body: bytes) -> bool:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        ts, sig = fields.get("t", ""), fields.get("v1", "")
        if offtaker not in self._secrets or not ts.isdigit():
            return False
        if abs(time.time() - int(ts)) > self.tolerance_s:
            return False
        return hmac.compare_digest(self.expected(offtaker, ts, body), sig)


signer = NominationSigner.from_environment()


@app.post("/nominations/<offtaker>")
def receive_nomination(offtaker: str):
    body = request.get_data()
    if not signer.verify(offtaker, request.headers.get("X-Nomination-Signature", ""), body):
        abort(401)
    nomination = json.loads(body)
    tonnes = sum(float(line["kg"]) for line in nomination["lines"]) / 1000
    return jsonify({"offtaker": offtaker, "gas_day": nomination["gas_day"], "tonnes": tonnes}), 202
