"""Callback endpoint for the speech-recognition vendor.

After a radiologist uploads a dictation, the vendor transcribes it and calls
this webhook with the draft text.  Each call carries an HMAC-SHA256 of the raw
body in the ``X-Dictation-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("dictation_webhook", __name__)
log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["DICTATION_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/dictation")
def dictation_transcribed():
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Dictation-Signature", "")
    if signature != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    if event.get("type") != "transcription.completed":
        return jsonify(status="ignored"), 202

    job_id = str(event["job_id"])
    draft = str(event["transcript"])
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE dictations SET draft_text = :draft, status = 'transcribed', "
                "transcribed_at = now() WHERE vendor_job_id = :job AND status = 'uploaded'"
            ),
            {"draft": draft, "job": job_id},
        ).rowcount
    if not updated:
        log.info("transcription for unknown or already processed job %s", job_id)
        return jsonify(status="unknown job"), 200

    log.info("stored draft for dictation job %s (%d chars)", job_id, len(draft))
    return jsonify(status="stored"), 200
