"""Receives production-order events from the ERP.

The ERP calls this endpoint whenever a production run for woven wire
mesh or perforated plate screens changes state (released, started,
completed, scrapped). Payloads are signed with a shared HMAC secret.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from .runs import apply_run_event

app = Flask(__name__)
log = logging.getLogger("erp.webhook")

WEBHOOK_SECRET = os.environ["ERP_WEBHOOK_SECRET"].encode()
ACCEPTED_EVENTS = {"run.released", "run.started", "run.completed", "run.scrapped"}


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header_value: str) -> bool:
    return header_value == expected_signature(body)


@app.post("/hooks/erp/production-runs")
def production_run_event():
    body = request.get_data(cache=False)
    if not signature_ok(body, request.headers.get("X-ERP-Signature", "")):
        log.warning("rejected ERP event with invalid signature from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    if event.get("type") not in ACCEPTED_EVENTS:
        return {"status": "ignored"}, 202
    apply_run_event(
        run_id=event["data"]["run_id"],
        state=event["type"].split(".", 1)[1],
        mesh_code=event["data"].get("mesh_code"),
        quantity=int(event["data"].get("quantity", 0)),
    )
    log.info("applied %s for run %s", event["type"], event["data"]["run_id"])
    return {"status": "ok"}, 200
