"""Receives result-ready callbacks from the reference lab and queues them for ingestion."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

from .queue import enqueue_ingest

bp = Blueprint("lab_webhooks", __name__, url_prefix="/webhooks")
log = logging.getLogger(__name__)

ACCEPTED_EVENTS = {"result.final", "result.corrected", "result.cancelled"}


def _signing_secret() -> bytes:
    return os.environ["LAB_WEBHOOK_SECRET"].encode("utf-8")


@bp.post("/lab-results")
def lab_results():
    body = request.get_data()
    sent = request.headers.get("X-Lab-Signature", "")
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if sent != expected:
        log.warning("rejected lab callback from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    if event.get("type") not in ACCEPTED_EVENTS:
        return jsonify(status="ignored"), 202

    job_id = enqueue_ingest(
        accession=event["accession"],
        event_type=event["type"],
        received_by=current_app.config.get("INSTANCE_NAME", "web"),
    )
    log.info("queued %s for accession %s as job %s", event["type"], event["accession"], job_id)
    return jsonify(status="queued", job=job_id), 202
