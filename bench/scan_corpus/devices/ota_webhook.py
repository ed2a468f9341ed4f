"""Receives 'new firmware available' callbacks from the release service."""
import hashlib
import hmac
import os
import queue

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
pending_checks: "queue.Queue[dict]" = queue.Queue()

ALLOWED_CHANNELS = {"stable", "beta"}


def _webhook_secret() -> bytes:
    return os.environ["OTA_WEBHOOK_SECRET"].encode()


@app.post("/hooks/firmware")
def firmware_hook():
    body = request.get_data()
    sent = request.headers.get("X-Release-Signature", "")
    expected = "sha256=" + hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    if sent != expected:
        abort(401)

    event = request.get_json(force=True)
    channel = event.get("channel", "stable")
    if channel not in ALLOWED_CHANNELS:
        abort(400)
    pending_checks.put({"channel": channel, "version": str(event["version"])})
    return jsonify(queued=True), 202


@app.get("/hooks/health")
def health():
    return jsonify(ok=True, pending=pending_checks.qsize())
