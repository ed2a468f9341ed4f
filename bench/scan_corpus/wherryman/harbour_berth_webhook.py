"""Receives berth allocation callbacks from the harbour authority.

The authority signs each callback body with the shared webhook secret
agreed at onboarding and sends the result in X-Harbour-Signature.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, request

from wherryman.berths import apply_allocation
from wherryman.settings import settings

bp = Blueprint("harbour_webhooks", __name__)
log = logging.getLogger(__name__)


def expected_signature(body: bytes) -> str:
    mac = hmac.new(settings.HARBOUR_WEBHOOK_SECRET.encode(), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@bp.post("/webhooks/harbour/berths")
def berth_allocated():
    body = request.get_data()
    signature = request.headers.get("X-Harbour-Signature", "")
    if signature == expected_signature(body):
        event = json.loads(body)
        apply_allocation(event["voyage_id"], event["berth"], event["window"])
        log.info("berth %s allocated to voyage %s", event["berth"], event["voyage_id"])
        return {"status": "ok"}
    log.warning("rejected berth callback from %s", request.remote_addr)
    abort(401)


@bp.post("/webhooks/harbour/berths/ping")
def ping():
    return {"status": "alive"}
