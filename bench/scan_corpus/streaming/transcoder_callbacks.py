"""Webhook receiver for the managed transcoding service."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from .jobs import mark_rendition_failed, mark_rendition_ready

bp = Blueprint("transcoder_callbacks", __name__)


def _callback_secret() -> bytes:
    return os.environ["TRANSCODER_CALLBACK_SECRET"].encode()


@bp.post("/hooks/transcoder")
def transcoder_event():
    signature = request.headers.get("X-Transcoder-Signature", "")
    expected = hmac.new(_callback_secret(), request.get_data(), hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = request.get_json(force=True)
    job = event.get("job", {})
    if event.get("state") == "COMPLETE":
        mark_rendition_ready(job["user_metadata"]["rendition_id"], job["outputs"])
    elif event.get("state") == "ERROR":
        mark_rendition_failed(job["user_metadata"]["rendition_id"], job.get("error_message"))
    return jsonify({"received": True})
