"""Receiver for alarm webhooks from the gas monitoring vendor's cloud.

The vendor's hosted monitoring service posts methane, CO and O2 alarm events
for each outstation. Each request carries an HMAC-SHA256 of the raw body in
the X-Signature header, keyed with the shared webhook secret.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from colliery.alarms import raise_gas_alarm

bp = Blueprint("gas_webhooks", __name__, url_prefix="/hooks/gas")
log = logging.getLogger(__name__)

ACCEPTED_EVENTS = {"alarm.raised", "alarm.cleared", "sensor.fault"}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["GAS_VENDOR_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _provided_signature() -> str:
    header = request.headers.get("X-Signature", "")
    scheme, _, value = header.partition("=")
    return value if scheme == "sha256" else ""


@bp.post("/events")
def receive_event():
    body = request.get_data(cache=False)
    if _provided_signature() != _expected_signature(body):
        abort(401)
    event = json.loads(body)
    if event.get("type") not in ACCEPTED_EVENTS:
        return jsonify({"ignored": True}), 202
    raise_gas_alarm(
        outstation=event["outstation"],
        gas=event["gas"],
        level=float(event["value"]),
        kind=event["type"],
    )
    log.info("gas event %s from %s", event["type"], event["outstation"])
    return jsonify({"accepted": True}), 202
