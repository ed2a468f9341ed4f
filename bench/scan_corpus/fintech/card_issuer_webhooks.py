"""Receives authorization and clearing events from the card issuing processor."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from cards.events import handle_authorization, handle_clearing

log = logging.getLogger(__name__)
bp = Blueprint("issuer_webhooks", __name__)

HANDLERS = {
    "authorization.request": handle_authorization,
    "transaction.cleared": handle_clearing,
}


@bp.post("/webhooks/issuer")
def issuer_webhook():
    secret = os.environ["ISSUER_WEBHOOK_SECRET"].encode()
    body = request.get_data()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if expected != request.headers.get("X-Issuer-Signature", ""):
        abort(401)

    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("ignoring issuer event type=%s id=%s", event.get("type"), event.get("id"))
        return "", 204
    handler(event["data"])
    return "", 204
