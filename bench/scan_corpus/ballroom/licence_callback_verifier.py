"""Webhook receiver for status callbacks from the music licensing society."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .licensing import record_licence_status

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config["LICENCE_WEBHOOK_SECRET"] = os.environ["LICENCE_WEBHOOK_SECRET"]


class CallbackVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body: bytes, header_value: str) -> bool:
        presented = header_value.removeprefix("sha256=")
        return hmac.compare_digest(presented.encode("ascii", "ignore"), self.expected(body).encode("ascii"))


def _verifier() -> CallbackVerifier:
    return CallbackVerifier(app.config["LICENCE_WEBHOOK_SECRET"])


@app.post("/webhooks/licence-status")
def licence_status_callback():
    body = request.get_data(cache=False)
    if not _verifier().is_valid(body, request.headers.get("X-Licence-Signature", "")):
        log.warning("Rejected licence callback with bad signature from %s", request.remote_addr)
        abort(401)
    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    kind = event.get("type")
    if kind == "licence.renewed":
        record_licence_status(event["venue_ref"], status="active", valid_until=event["valid_until"])
    elif kind == "licence.lapsed":
        record_licence_status(event["venue_ref"], status="lapsed", valid_until=None)
    else:
        log.info("Ignoring licence callback of type %s", kind)
    return jsonify(received=True)
