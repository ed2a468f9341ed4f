"""Handles "track went live" webhooks from the distributor.

Payloads are signed: X-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">.
Signatures older than five minutes are refused to stop replays.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("distributor.live_hooks")
engine = create_engine(os.environ["DELIVERY_DATABASE_URL"])
SIGNING_SECRET = os.environ["DISTRIBUTOR_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_SECONDS = 300


def parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def signature_valid(body: bytes, header: str, now: float | None = None) -> bool:
    try:
        timestamp, provided = parse_signature_header(header)
    except ValueError:
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode("ascii") + body
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@app.post("/hooks/live")
def track_live():
    body = request.get_data(cache=False)
    if not signature_valid(body, request.headers.get("X-Signature", "")):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "track.live":
        return jsonify({"ignored": event.get("type")}), 202
    data = event["data"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO dsp_availability (isrc, dsp, territory, live_url, live_since)"
                " VALUES (:isrc, :dsp, :territory, :url, now())"
                " ON CONFLICT (isrc, dsp, territory) DO UPDATE SET live_url = excluded.live_url"
            ),
            {"isrc": data["isrc"], "dsp": data["dsp"], "territory": data.get("territory", "WW"),
             "url": data.get("url")},
        )
    log.info("track %s live on %s", data["isrc"], data["dsp"])
    return jsonify({"ok": True})
