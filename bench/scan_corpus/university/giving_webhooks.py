"""Webhook receiver for the online giving payment processor.

The processor signs each delivery with HMAC-SHA256 over "<timestamp>.<body>"
and sends one or more signatures in the Giving-Signature header, e.g.
``t=1717000000,v1=abc...,v1=def...`` during secret rotation.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from .gifts import record_online_gift

log = logging.getLogger(__name__)
bp = Blueprint("giving_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp, sigs = 0, []
    for part in header.split(","):
        k, _, v = part.strip().partition("=")
        if k == "t":
            timestamp = int(v)
        elif k == "v1":
            sigs.append(v)
    return timestamp, sigs


def _verify(body: bytes, header: str) -> bool:
    secret = os.environ["GIVING_WEBHOOK_SECRET"].encode()
    timestamp, signatures = _parse_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return expected in signatures


@bp.post("/webhooks/giving")
def giving_webhook():
    body = request.get_data()
    if not _verify(body, request.headers.get("Giving-Signature", "")):
        abort(400)
    event = json.loads(body)
    if event.get("type") == "charge.succeeded":
        record_online_gift(event["data"])
        log.info("recorded gift %s", event["data"].get("id"))
    return "", 204
