"""Receives signed release notifications from the hearing-aid manufacturer's firmware portal."""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class SignatureScheme:
    header = "X-Vendor-Signature"
    digest = hashlib.sha256

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, self.digest).hexdigest()


class ReleaseGate:
    def __init__(self, scheme: SignatureScheme) -> None:
        self.scheme = scheme

    def accepts(self, body: bytes, presented: str | None) -> bool:
        if not presented:
            return False
        return presented.removeprefix("sha256=") == self.scheme.expected(body)


gate = ReleaseGate(SignatureScheme(os.environ["FIRMWARE_WEBHOOK_SECRET"].encode()))
RELEASES: list[dict] = []


@app.post("/hooks/firmware-release")
def firmware_release():
    body = request.get_data()
    if not gate.accepts(body, request.headers.get(gate.scheme.header)):
        abort(401)
    event = request.get_json(force=True)
    RELEASES.append(
        {
            "model_family": event["model_family"],
            "version": event["version"],
            "channel": event.get("channel", "stable"),
            "image_url": event["image_url"],
        }
    )
    return jsonify(queued=len(RELEASES)), 202
