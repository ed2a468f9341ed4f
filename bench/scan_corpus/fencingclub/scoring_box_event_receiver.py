"""Signed touch/card events from piste scoring box bridges."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)

bp = Blueprint("box_receiver", __name__, url_prefix="/bridge")

MAX_SKEW_SECONDS = 30


class BridgeVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "BridgeVerifier":
        return cls(os.environ["BOX_BRIDGE_SECRET"].encode("utf-8"))

    def sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), signature)


verifier = BridgeVerifier.from_env()


@bp.post("/pistes/<int:piste>/events")
def box_event(piste: int):
    body = request.get_data(cache=False)
    if not verifier.valid(
        request.headers.get("X-Box-Timestamp", ""),
        body,
        request.headers.get("X-Box-Signature", ""),
    ):
        log.warning("bad signature on event for piste %d", piste)
        abort(401)

    event = json.loads(body)
    store = current_app.extensions["bout_store"]
    bout_id = store.current_bout(piste)
    if bout_id is None:
        return jsonify(status="ignored"), 202
    if event.get("type") == "touch":
        store.add_touch(bout_id, side=event["side"], at=event["clock"])
    elif event.get("type") == "card":
        store.add_card(bout_id, side=event["side"], colour=event["colour"])
    else:
        abort(422)
    return jsonify(status="ok", bout=bout_id)
