"""Receives run-completed events from the sequencing cloud service."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from pipeline.queue import enqueue_run

bp = Blueprint("instrument_webhook", __name__)
log = logging.getLogger(__name__)


def _webhook_secret() -> bytes:
    return os.environ["RUN_EVENTS_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    mac = hmac.new(_webhook_secret(), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@bp.post("/hooks/run-events")
def run_event():
    body = request.get_data()
    provided = request.headers.get("X-Run-Signature", "")
    if provided != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    if event.get("type") != "run.completed":
        return {"ignored": True}, 202

    run = event["run"]
    enqueue_run(run_id=run["id"], instrument=run["instrument"], output_uri=run["output_uri"])
    log.info("queued run %s from %s", run["id"], run["instrument"])
    return {"queued": True}, 202
