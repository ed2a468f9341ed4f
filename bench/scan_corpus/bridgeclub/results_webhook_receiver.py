"""Receives processing reports from the federation's results service.

Each callback is signed with HMAC-SHA256 over ``<timestamp>.<body>``;
the timestamp travels in ``X-Federation-Timestamp`` and the hex digest in
``X-Federation-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("federation_callbacks", __name__)
log = logging.getLogger("bridgeclub.federation.callbacks")

MAX_SKEW_SECONDS = 300


def _secret() -> bytes:
    return current_app.config.get("FEDERATION_WEBHOOK_SECRET") or os.environ[
        "FEDERATION_WEBHOOK_SECRET"
    ].encode("utf-8")


def signature_valid(timestamp: str, body: bytes, presented: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > MAX_SKEW_SECONDS:
        return False
    expected = hmac.new(_secret(), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return hmac.compare_digest(expected.hexdigest(), presented.strip().lower())


@bp.post("/callbacks/federation")
def federation_callback():
    body = request.get_data(cache=False)
    if not signature_valid(
        request.headers.get("X-Federation-Timestamp", ""),
        body,
        request.headers.get("X-Federation-Signature", ""),
    ):
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    kind = event.get("type")
    if kind == "upload.processed":
        from scoring.federation import mark_upload_processed

        mark_upload_processed(event["upload_id"], event.get("warnings", []))
    elif kind == "masterpoints.awarded":
        from scoring.federation import record_masterpoint_batch

        record_masterpoint_batch(event["batch_id"])
    else:
        log.info("ignoring federation callback of type %s", kind)
    return jsonify({"ok": True})
