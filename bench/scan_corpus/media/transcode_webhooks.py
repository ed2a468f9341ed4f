"""Webhook receiver for the external transcoding service.

The service calls us when a job changes state; we update the asset record
and kick off publishing once every rendition is ready.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .models import Asset, db
from .publishing import schedule_publish

log = logging.getLogger(__name__)
bp = Blueprint("transcode_webhooks", __name__)

TERMINAL_STATES = {"completed", "failed", "cancelled"}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["TRANSCODER_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/transcoder")
def transcoder_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Transcoder-Signature", "")
    if signature != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    asset = Asset.query.filter_by(transcode_job_id=event["job_id"]).first()
    if asset is None:
        log.warning("webhook for unknown job %s", event["job_id"])
        return jsonify(status="ignored"), 202

    asset.transcode_state = event["state"]
    if event["state"] == "completed":
        asset.renditions = event.get("outputs", [])
    db.session.commit()

    if event["state"] in TERMINAL_STATES and asset.transcode_state == "completed":
        schedule_publish(asset.id)
    return jsonify(status="ok")
