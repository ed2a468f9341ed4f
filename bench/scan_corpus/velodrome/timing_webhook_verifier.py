"""Verify signed lap-split webhooks from the transponder timing system."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .results import record_split

log = logging.getLogger("velodrome.timing")

bp = Blueprint("timing_hooks", __name__, url_prefix="/hooks/timing")

SIGNING_KEY = os.environ["TIMING_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300


def signature_for(timestamp: str, body: bytes) -> str:
    mac = hmac.new(SIGNING_KEY, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def is_authentic(timestamp: str, body: bytes, presented: str) -> bool:
    try:
        age = abs(time.time() - int(timestamp))
    except ValueError:
        return False
    if age > MAX_SKEW_SECONDS:
        return False
    return hmac.compare_digest(signature_for(timestamp, body), presented)


@bp.post("/splits")
def splits():
    body = request.get_data(cache=False)
    ts = request.headers.get("X-Timing-Timestamp", "")
    sig = request.headers.get("X-Timing-Signature", "")
    if not is_authentic(ts, body, sig):
        log.warning("rejected timing webhook from %s", request.remote_addr)
        abort(401)
    payload = json.loads(body)
    if payload.get("type") == "ping":
        return jsonify(pong=True)
    count = 0
    for split in payload.get("splits", []):
        record_split(
            event_id=int(payload["event_id"]),
            transponder=str(split["transponder"]),
            loop=str(split["loop"]),
            elapsed_ms=int(split["elapsed_ms"]),
        )
        count += 1
    return jsonify(accepted=count)
