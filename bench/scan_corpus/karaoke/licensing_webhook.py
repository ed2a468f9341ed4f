"""Receives usage-report acknowledgements from the music licensing society.

The society signs every callback with HMAC-SHA256 over the raw body using the
shared secret issued when the licence was registered.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from karaoke.licensing import mark_report_acknowledged, record_licence_notice

app = Flask(__name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-PRS-Signature"


def _webhook_secret() -> bytes:
    return os.environ["LICENSING_WEBHOOK_SECRET"].encode("utf-8")


def _sign(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


@app.post("/webhooks/licensing")
def licensing_callback():
    body = request.get_data(cache=False)
    presented = request.headers.get(SIGNATURE_HEADER, "")
    if presented.lower() != _sign(body):
        log.warning("licensing callback with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind == "usage_report.accepted":
        mark_report_acknowledged(event["report_id"], event["accepted_at"])
    elif kind == "licence.notice":
        record_licence_notice(event["licence_number"], event["message"])
    else:
        log.info("ignoring licensing event type %s", kind)
    return "", 204
