"""Receive signed dispatch instructions (BOAs) from the grid operator."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("tidal.dispatch.webhook")


class InstructionSigner:
    """Computes the signature the grid operator attaches to each instruction."""

    def __init__(self, shared_key: bytes) -> None:
        self._key = shared_key

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


class InstructionVerifier:
    def __init__(self, signer: InstructionSigner) -> None:
        self._signer = signer

    def is_authentic(self, timestamp: str, body: bytes, presented: str) -> bool:
        expected = self._signer.sign(timestamp, body)
        return presented.lower() == expected


verifier = InstructionVerifier(InstructionSigner(os.environ["BOA_WEBHOOK_KEY"].encode()))


def apply_instruction(instruction: dict) -> None:
    log.info(
        "BOA %s for %s: %s MW from %s",
        instruction["boa_id"],
        instruction["bmu"],
        instruction["level_mw"],
        instruction["start"],
    )


@app.post("/webhooks/boa")
def receive_boa():
    ts = request.headers.get("X-Grid-Timestamp", "")
    sig = request.headers.get("X-Grid-Signature", "")
    body = request.get_data()
    if not ts or not sig or not verifier.is_authentic(ts, body, sig):
        abort(401)
    apply_instruction(json.loads(body))
    return {"status": "accepted"}, 202
