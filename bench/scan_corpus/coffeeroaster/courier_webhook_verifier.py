"""Receives tracking events from the parcel courier.

Each event body is signed with HMAC-SHA256 using the webhook secret from
the courier's merchant dashboard; the signature arrives in the
``X-Courier-Signature`` header as ``sha256=<hex>``.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from shipping.tracking import record_event

app = Flask(__name__)
log = logging.getLogger("shipping.webhooks")

SIGNATURE_HEADER = "X-Courier-Signature"
KNOWN_EVENTS = {"label.created", "parcel.collected", "parcel.delivered", "parcel.returned"}


class WebhookSigner:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def signature(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body: bytes, header_value: str) -> bool:
        provided = header_value.removeprefix("sha256=")
        return hmac.compare_digest(self.signature(body), provided)


signer = WebhookSigner(os.environ["COURIER_WEBHOOK_SECRET"].encode())


@app.post("/webhooks/courier")
def courier_event():
    body = request.get_data(cache=False)
    if not signer.is_valid(body, request.headers.get(SIGNATURE_HEADER, "")):
        log.warning("courier webhook with bad signature from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    event_type = event.get("type")
    if event_type not in KNOWN_EVENTS:
        return ("", 204)

    parcel = event.get("parcel") or {}
    if event_type == "parcel.returned":
        log.warning("parcel for order %s is coming back", parcel.get("reference"))
    record_event(
        tracking_number=parcel.get("tracking_number"),
        order_reference=parcel.get("reference"),
        event_type=event_type,
        occurred_at=event.get("occurred_at"),
    )
    return ("", 204)
