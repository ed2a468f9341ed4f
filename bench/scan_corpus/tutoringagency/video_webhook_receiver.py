"""Receives recording and attendance webhooks from the video-lesson provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("video_webhook")

MAX_SKEW_SECONDS = 300


class WebhookVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def expected(self, timestamp: str, body: bytes) -> str:
        message = f"v0:{timestamp}:".encode("utf-8") + body
        return "v0=" + hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def is_valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), signature)


verifier = WebhookVerifier(os.environ["VIDEO_WEBHOOK_SECRET"])


@app.post("/hooks/video/attendance")
def attendance_webhook():
    body = request.get_data()
    if not verifier.is_valid(
        request.headers.get("X-Video-Request-Timestamp", ""),
        body,
        request.headers.get("X-Video-Signature", ""),
    ):
        abort(401)

    event = json.loads(body)
    kind = event.get("event")
    obj = event.get("payload", {}).get("object", {})
    if kind == "meeting.participant_joined":
        log.info("participant joined meeting %s", obj.get("id"))
    elif kind == "meeting.participant_left":
        log.info("participant left meeting %s", obj.get("id"))
    elif kind == "endpoint.url_validation":
        plain = obj.get("plainToken", "")
        return jsonify(plainToken=plain, encryptedToken=hmac.new(
            verifier._secret, plain.encode("utf-8"), hashlib.sha256).hexdigest())
    return jsonify(received=True)
