"""Inbound webhook guard for the card processor.

The processor publishes the addresses it sends webhooks from; we drop anything
else before even looking at the body, then verify the HMAC signature.
"""

import hashlib
import hmac
import ipaddress
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("processor_webhooks", __name__)

PROCESSOR_SOURCE_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "3.18.12.63/32",
        "3.130.192.231/32",
        "13.235.14.237/32",
        "13.235.122.149/32",
        "18.211.135.69/32",
        "35.154.171.200/32",
    )
)


def _source_allowed(remote_addr: str | None) -> bool:
    if not remote_addr:
        return False
    addr = ipaddress.ip_address(remote_addr)
    return any(addr in net for net in PROCESSOR_SOURCE_NETWORKS)


def _signature_ok(body: bytes, header: str) -> bool:
    secret = os.environ["PROCESSOR_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


@bp.post("/webhooks/processor")
def processor_webhook():
    if not _source_allowed(request.remote_addr):
        abort(403)
    if not _signature_ok(request.get_data(), request.headers.get("X-Processor-Signature", "")):
        abort(400)
    event = request.get_json()
    current_app.logger.info("processor event %s (%s)", event.get("id"), event.get("type"))
    current_app.extensions["pledge_events"].enqueue(event)
    return "", 204
