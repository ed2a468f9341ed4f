"""Receives meeting lifecycle webhooks from the video-lesson provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("video_webhook")

WEBHOOK_SECRET = os.environ["VIDEO_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = f"v0:{timestamp}:".encode("utf-8") + body
    return "v0=" + hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


def _mark_lesson(meeting_id: str, status: str) -> None:
    from lessons.repository import LessonRepository

    LessonRepository.default().set_status_by_meeting(meeting_id, status)


@app.post("/hooks/video")
def video_webhook():
    timestamp = request.headers.get("X-Video-Request-Timestamp", "")
    signature = request.headers.get("X-Video-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)

    body = request.get_data()
    if signature != _expected_signature(timestamp, body):
        abort(401)

    event = json.loads(body)
    kind = event.get("event")
    meeting_id = event.get("payload", {}).get("object", {}).get("id")
    if kind == "meeting.started":
        _mark_lesson(meeting_id, "in_progress")
    elif kind == "meeting.ended":
        _mark_lesson(meeting_id, "completed")
    elif kind == "recording.completed":
        log.info("recording ready for meeting %s", meeting_id)
    else:
        log.debug("ignoring video event %s", kind)
    return jsonify(received=True)
