"""Webhook receiver for the live-streaming provider (stream started/ended, VOD ready)."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from .tasks import publish_vod, update_stream_status

bp = Blueprint("stream_hooks", __name__)

WEBHOOK_SECRET = os.environ["STREAM_WEBHOOK_SECRET"].encode()


@bp.post("/hooks/streaming")
def streaming_event():
    signature = request.headers.get("X-Stream-Signature", "")
    body = request.get_data()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind in ("stream.started", "stream.ended"):
        update_stream_status.delay(event["stream_id"], kind.split(".")[1])
    elif kind == "vod.ready":
        publish_vod.delay(event["stream_id"], event["playback_url"])
    return "", 204
