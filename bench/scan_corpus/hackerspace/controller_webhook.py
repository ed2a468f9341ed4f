"""Webhook receiver for events from the door controller.

Bodies are signed with HMAC-SHA256; the hex digest arrives in the
X-Door-Signature header as "sha256=<hex>".
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from .events import handle_door_event

bp = Blueprint("door_hooks", __name__)

WEBHOOK_KEY = os.environ["DOOR_WEBHOOK_KEY"].encode()


def expected_signature(body: bytes, key: bytes = WEBHOOK_KEY) -> str:
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def verify(body: bytes, presented: str | None) -> bool:
    if not presented:
        return False
    return hmac.compare_digest(expected_signature(body), presented.strip().lower())


@bp.post("/hooks/door")
def door_event():
    body = request.get_data(cache=False)
    if not verify(body, request.headers.get("X-Door-Signature")):
        abort(401)
    event = json.loads(body)
    if event.get("type") not in {"badge_in", "forced_open", "left_open", "closed"}:
        abort(400)
    handle_door_event(event)
    return {"ok": True}
