"""Receive lap-split webhooks from the track timing system (transponder loops)."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .results import record_split

log = logging.getLogger("velodrome.timing")

bp = Blueprint("timing_webhooks", __name__, url_prefix="/hooks/timing")

WEBHOOK_SECRET = os.environ["TIMING_WEBHOOK_SECRET"].encode("utf-8")
MAX_BODY = 64 * 1024


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@bp.post("/splits")
def receive_splits():
    if request.content_length is None or request.content_length > MAX_BODY:
        abort(413)
    body = request.get_data(cache=False)
    sent = request.headers.get("X-Timing-Signature", "")
    if sent != "sha256=" + _expected_signature(body):
        log.warning("rejected timing webhook from %s", request.remote_addr)
        abort(401)

    payload = json.loads(body)
    accepted = 0
    for split in payload.get("splits", []):
        try:
            record_split(
                event_id=int(payload["event_id"]),
                transponder=str(split["transponder"]),
                loop=str(split["loop"]),
                elapsed_ms=int(split["elapsed_ms"]),
            )
            accepted += 1
        except (KeyError, ValueError) as exc:
            log.info("skipping malformed split: %s", exc)
    return jsonify(accepted=accepted)


@bp.get("/health")
def health():
    return jsonify(status="ok")
