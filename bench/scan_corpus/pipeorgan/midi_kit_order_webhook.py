"""Payment webhook for console MIDI upgrade kit orders.

Parishes and private owners order MIDI retrofit kits (key contacts, piston
interfaces, stop-tab sensors) through the online shop. The payment provider
calls this endpoint when an order is paid so the workshop can pick and ship
the kit.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from workshop_tasks import queue_kit_dispatch

app = Flask(__name__)
log = logging.getLogger("midi_kits.webhook")


class WebhookConfig:
    signing_secret = os.environ["KITSHOP_WEBHOOK_SECRET"].encode()
    signature_header = "X-Kitshop-Signature"
    handled_events = {"order.paid", "order.refunded"}


def expected_signature(body: bytes, secret: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_matches(body: bytes, supplied: str) -> bool:
    expected = expected_signature(body, WebhookConfig.signing_secret)
    return supplied.lower() == expected


def _kit_lines(order: dict) -> list[dict]:
    return [
        {"sku": line["sku"], "qty": int(line["quantity"])}
        for line in order.get("lines", [])
        if line.get("sku", "").startswith("MIDI-")
    ]


@app.post("/webhooks/kitshop")
def kitshop_event():
    supplied = request.headers.get(WebhookConfig.signature_header, "")
    body = request.get_data()
    if not signature_matches(body, supplied):
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type not in WebhookConfig.handled_events:
        return {"ignored": event_type}, 202

    order = event["data"]
    if event_type == "order.paid":
        lines = _kit_lines(order)
        if lines:
            queue_kit_dispatch.delay(order["id"], order["shipping_address"], lines)
            log.info("queued dispatch for order %s (%d kit lines)", order["id"], len(lines))
    else:
        log.info("order %s refunded, dispatch will be cancelled if not shipped", order["id"])
    return {"ok": True}
