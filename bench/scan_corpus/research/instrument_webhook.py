"""Receive run-completed notifications from core facility instruments.

Each instrument's acquisition PC posts a JSON summary when a run finishes.
The body is signed with HMAC-SHA256 using the facility's webhook secret; we
check the signature, record the run and queue it for ingestion.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("instrument_webhook", __name__, url_prefix="/hooks/instruments")

SIGNATURE_HEADER = "X-Instrument-Signature"
REQUIRED_FIELDS = ("instrument_id", "run_id", "output_path", "finished_at")


def _webhook_secret() -> bytes:
    return os.environ["INSTRUMENT_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _parse_finished_at(value: str) -> datetime:
    ts = datetime.fromisoformat(value)
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=timezone.utc)
    return ts


@bp.post("/run-complete")
def run_complete():
    body = request.get_data(cache=False)
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if signature != _expected_signature(body):
        abort(401)

    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        abort(400, "body is not valid JSON")
    missing = [f for f in REQUIRED_FIELDS if f not in payload]
    if missing:
        abort(400, f"missing fields: {', '.join(missing)}")

    run = {
        "instrument_id": str(payload["instrument_id"]),
        "run_id": str(payload["run_id"]),
        "output_path": str(payload["output_path"]),
        "finished_at": _parse_finished_at(payload["finished_at"]),
        "operator": payload.get("operator"),
    }
    queue = current_app.extensions["ingest_queue"]
    queue.enqueue("ingest.process_run", run)
    log.info("queued run %s from instrument %s", run["run_id"], run["instrument_id"])
    return jsonify({"status": "queued", "run_id": run["run_id"]}), 202
