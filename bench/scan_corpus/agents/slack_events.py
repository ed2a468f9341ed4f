"""Slack Events API endpoint for the on-call helper bot."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .handlers import dispatch_event

log = logging.getLogger(__name__)
bp = Blueprint("slack_events", __name__)

MAX_SKEW_SECONDS = 60 * 5


def _signing_secret() -> bytes:
    return os.environ["SLACK_SIGNING_SECRET"].encode()


def _verify_request() -> None:
    timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
    signature = request.headers.get("X-Slack-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    base = b"v0:" + timestamp.encode() + b":" + request.get_data()
    expected = "v0=" + hmac.new(_signing_secret(), base, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)


@bp.post("/slack/events")
def slack_events():
    _verify_request()
    payload = json.loads(request.get_data())
    if payload.get("type") == "url_verification":
        return jsonify(challenge=payload["challenge"])
    if request.headers.get("X-Slack-Retry-Num"):
        log.info("ignoring Slack retry %s", request.headers["X-Slack-Retry-Num"])
        return "", 200
    event = payload.get("event", {})
    log.info("event %s from team %s", event.get("type"), payload.get("team_id"))
    dispatch_event(event)
    return "", 200
