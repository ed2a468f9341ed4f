"""Webhook from the accounting package when an invoice changes state.

The accounting system signs each delivery with HMAC-SHA256 over the raw body
using the key configured for this loft.
"""
import base64
import hashlib
import hmac as _hmac
import logging
import os
from hmac import compare_digest as same

from flask import Blueprint, abort, current_app, request

from loft.invoices import apply_accounting_status

bp = Blueprint("accounting_hook", __name__)
log = logging.getLogger(__name__)


def _signing_key() -> bytes:
    key = current_app.config.get("ACCOUNTING_WEBHOOK_KEY") or os.environ["ACCOUNTING_WEBHOOK_KEY"]
    return key.encode()


def _signature_for(body: bytes) -> str:
    mac = _hmac.new(_signing_key(), body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def signature_ok(body: bytes, provided: str) -> bool:
    if not provided:
        return False
    return same(_signature_for(body), provided)


@bp.post("/hooks/accounting")
def accounting_event():
    body = request.get_data(cache=True)
    if not signature_ok(body, request.headers.get("X-Accounting-Signature", "")):
        log.warning("rejected accounting webhook from %s", request.remote_addr)
        abort(401)
    events = request.get_json(force=True).get("events", [])
    applied = 0
    for event in events:
        if event.get("resource") != "invoice":
            continue
        apply_accounting_status(event["reference"], event["status"])
        applied += 1
    log.info("applied %d accounting invoice events", applied)
    return {"applied": applied}
