"""Receive pay-run status callbacks from the outsourced payroll bureau.

The bureau signs each callback body with HMAC-SHA256 using a shared secret
and sends the hex digest in the ``X-Bureau-Signature`` header.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config["BUREAU_WEBHOOK_SECRET"] = os.environ["BUREAU_WEBHOOK_SECRET"].encode("utf-8")

KNOWN_EVENTS = {"payrun.submitted", "payrun.paid", "payrun.rejected"}


def expected_signature(body: bytes) -> str:
    key = app.config["BUREAU_WEBHOOK_SECRET"]
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def record_event(event: dict) -> None:
    from payroll.store import PayRunStore  # local import keeps the webhook light

    store = PayRunStore.from_env()
    store.update_status(
        pay_run_id=event["pay_run_id"],
        status=event["type"].split(".", 1)[1],
        occurred_at=event["occurred_at"],
        failures=event.get("failures", []),
    )


@app.post("/webhooks/payroll-bureau")
def payroll_bureau_webhook():
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Bureau-Signature", "")
    if signature != expected_signature(body):
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    if event.get("type") not in KNOWN_EVENTS:
        log.info("ignoring payroll bureau event type %r", event.get("type"))
        return jsonify({"status": "ignored"}), 202

    record_event(event)
    log.info("pay run %s is now %s", event["pay_run_id"], event["type"])
    return jsonify({"status": "ok"})
