"""Receives vessel ETA/ETB updates pushed by the port agency system so that
provisioning deliveries can be rescheduled when a berth slips.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from chandler.schedule import reschedule_for_eta

app = Flask(__name__)
log = logging.getLogger(__name__)


class WebhookConfig:
    SECRET = os.environ.get("AGENCY_WEBHOOK_SECRET", "").encode()
    SIGNATURE_HEADER = "X-Agency-Signature"
    MAX_BODY = 64 * 1024


def _expected_signature(body: bytes, secret: bytes = WebhookConfig.SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, header_value: str | None) -> bool:
    if not header_value:
        return False
    return header_value.strip() == _expected_signature(body)


@app.post("/webhooks/agency/eta")
def agency_eta_update():
    if request.content_length and request.content_length > WebhookConfig.MAX_BODY:
        abort(413)
    body = request.get_data()
    if not _signature_ok(body, request.headers.get(WebhookConfig.SIGNATURE_HEADER)):
        abort(401)
    event = json.loads(body)
    for call in event.get("port_calls", []):
        changed = reschedule_for_eta(
            imo=call["imo"],
            port=call["port"],
            eta=call.get("eta"),
            etb=call.get("etb"),
        )
        log.info("ETA update for %s at %s moved %d deliveries", call["imo"], call["port"], changed)
    return {"status": "ok"}
