"""Receives stock and dispatch notifications from the timber merchant.

The merchant signs each POST body with HMAC-SHA256 using the shared
secret agreed when the trade account was opened.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("timber_webhooks", __name__, url_prefix="/hooks/timber")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Merchant-Signature"


def _shared_secret() -> bytes:
    return os.environ["TIMBER_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    mac = hmac.new(_shared_secret(), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _signature_ok(body: bytes, supplied: str) -> bool:
    return supplied == _expected_signature(body)


def _apply_stock_update(payload: dict) -> int:
    from .inventory import adjust_timber_stock

    updated = 0
    for line in payload.get("lines", []):
        adjust_timber_stock(
            species=line["species"],
            section_mm=line["section"],
            length_mm=int(line["length"]),
            quantity=int(line["qty"]),
        )
        updated += 1
    return updated


@bp.post("/events")
def timber_event():
    body = request.get_data(cache=False)
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if not _signature_ok(body, supplied):
        log.warning("rejected timber webhook from %s", request.remote_addr)
        abort(401)

    payload = json.loads(body)
    kind = payload.get("type")
    if kind == "stock.updated":
        count = _apply_stock_update(payload)
        return jsonify(status="ok", lines=count)
    if kind == "dispatch.created":
        log.info("timber dispatch %s for PO %s", payload.get("dispatch_id"), payload.get("po"))
        return jsonify(status="ok")
    return jsonify(status="ignored"), 202
