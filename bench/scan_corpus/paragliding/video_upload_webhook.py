"""Webhook from the video hosting provider once a tandem flight video is processed."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("video.webhook")

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


def _webhook_secret() -> bytes:
    return os.environ["VIDEO_WEBHOOK_SECRET"].encode("utf-8")


def compute_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def mark_video_ready(booking_ref: str, video_url: str, duration_s: int) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "UPDATE tandem_videos SET status = 'ready', url = :url, duration_s = :d"
                " WHERE booking_ref = :ref"
            ),
            {"url": video_url, "d": duration_s, "ref": booking_ref},
        )
    return result.rowcount


@app.post("/hooks/video-processed")
def video_processed():
    body = request.get_data()
    signature = request.headers.get("X-Video-Signature", "")
    if compute_signature(body) != signature:
        log.warning("rejected video webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("type") != "video.processed":
        return jsonify({"ignored": event.get("type")}), 202

    meta = event.get("metadata", {})
    booking_ref = meta.get("booking_ref")
    if not booking_ref:
        abort(422)
    updated = mark_video_ready(
        booking_ref, event["playback_url"], int(event.get("duration", 0))
    )
    log.info("video ready for booking %s (%d rows)", booking_ref, updated)
    return jsonify({"updated": updated})
