"""Receives ETA-change webhooks from shipping agents' systems.

Agents sign each delivery with HMAC-SHA256 over the raw body using the
shared webhook secret issued when they were onboarded.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from datetime import datetime

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("harbourpilots.webhooks")

WEBHOOK_SECRETS = {
    code.strip(): os.environ[f"AGENT_WEBHOOK_SECRET_{code.strip()}"]
    for code in os.environ.get("AGENT_CODES", "").split(",")
    if code.strip()
}


def _signature_for(agent_code: str, body: bytes) -> str:
    secret = WEBHOOK_SECRETS.get(agent_code)
    if secret is None:
        abort(404)
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _record_eta_change(agent_code: str, payload: dict) -> None:
    eta = datetime.fromisoformat(payload["eta"])
    log.info(
        "ETA change from %s for IMO %s: %s",
        agent_code,
        payload.get("imo"),
        eta.isoformat(),
    )


@app.post("/webhooks/agents/<agent_code>/eta")
def eta_webhook(agent_code: str):
    body = request.get_data()
    received = request.headers.get("X-HP-Signature", "")
    expected = _signature_for(agent_code, body)
    if received != expected:
        abort(401)
    try:
        payload = json.loads(body)
    except ValueError:
        abort(400)
    if "eta" not in payload:
        abort(422)
    _record_eta_change(agent_code, payload)
    return jsonify({"status": "accepted"}), 202
