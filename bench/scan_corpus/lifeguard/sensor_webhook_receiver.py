"""Receives signed water-quality lab results from the county lab webhook."""

from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, jsonify, request

from beachops.storage import save_lab_result

app = Flask(__name__)


class LabSignature:
    HEADER = "X-Lab-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @staticmethod
    def expected(secret: bytes, body: bytes) -> str:
        return hmac.new(secret, body, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, presented: str | None) -> bool:
        if not presented:
            return False
        digest = self.expected(self._secret, body)
        return presented.strip().lower() == digest


signature = LabSignature(os.environ["LAB_WEBHOOK_SECRET"].encode())


@app.post("/webhooks/lab-results")
def lab_results():
    body = request.get_data()
    if not signature.matches(body, request.headers.get(LabSignature.HEADER)):
        abort(401)
    payload = json.loads(body)
    samples = payload.get("samples", [])
    for sample in samples:
        save_lab_result(
            site=sample["site"],
            analyte=sample["analyte"],
            value=float(sample["value"]),
            collected_at=sample["collected_at"],
        )
    return jsonify(accepted=len(samples))
