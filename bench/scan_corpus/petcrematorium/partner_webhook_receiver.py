"""Receives case hand-off webhooks from partner veterinary practice software."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["PARTNER_WEBHOOK_SECRET"].encode("utf-8")
SUPPORTED_EVENTS = {"pet.euthanasia_recorded", "pet.cremation_requested", "pickup.ready"}


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def enqueue_case_event(event: dict) -> None:
    from .tasks import process_partner_event

    process_partner_event.delay(event)


@app.post("/webhooks/partner-vet")
def partner_vet_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Partner-Signature", "")
    if signature != expected_signature(body):
        log.warning("rejected partner webhook from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    event_type = event.get("type")
    if event_type not in SUPPORTED_EVENTS:
        return jsonify({"status": "ignored", "type": event_type}), 202

    clinic_id = event.get("clinic_id")
    if not isinstance(clinic_id, int):
        abort(422)

    enqueue_case_event(event)
    log.info("queued %s from clinic %s", event_type, clinic_id)
    return jsonify({"status": "queued"}), 202
