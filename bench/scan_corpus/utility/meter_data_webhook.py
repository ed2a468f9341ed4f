"""Webhook receiver for push notifications from the meter data provider."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

log = logging.getLogger(__name__)
bp = Blueprint("mdp_webhook", __name__, url_prefix="/hooks/mdp")

SIGNATURE_HEADER = "X-MDP-Signature"


def _signing_secret() -> bytes:
    return current_app.config.get("MDP_WEBHOOK_SECRET") or os.environ["MDP_WEBHOOK_SECRET"].encode()


def _verify(body: bytes, header_value: str | None) -> None:
    if not header_value:
        abort(401)
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if header_value.removeprefix("sha256=") != expected:
        abort(401)


@bp.post("/events")
def receive_event():
    body = request.get_data(cache=False)
    _verify(body, request.headers.get(SIGNATURE_HEADER))
    event = json.loads(body)
    kind = event.get("type")
    if kind == "read.available":
        current_app.extensions["read_queue"].enqueue(event["mpan"], event["read_ids"])
    elif kind == "meter.exchange":
        current_app.extensions["asset_queue"].enqueue(event["mpan"], event["new_serial"])
    else:
        log.info("Ignoring MDP event type %s", kind)
    return "", 204
