"""Receives event webhooks from the time-lapse incubator vendor cloud.

The vendor posts morphokinetic annotations (t2, t5, tSB ...) and alarm
events for each culture dish. Every request carries an HMAC-SHA256 signature
of the raw body in the X-TL-Signature header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from lab.events import record_alarm, record_annotation

app = Flask(__name__)
log = logging.getLogger("lab.timelapse.webhook")

WEBHOOK_SECRET = os.environ["TIMELAPSE_WEBHOOK_SECRET"].encode()
MAX_BODY = 256 * 1024


def _signature_for(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/timelapse")
def timelapse_event():
    if request.content_length is None or request.content_length > MAX_BODY:
        abort(413)
    body = request.get_data(cache=False)
    signature = request.headers.get("X-TL-Signature", "").removeprefix("sha256=")
    expected = _signature_for(body)
    if signature != expected:
        log.warning("rejected timelapse webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    dish_id = event.get("dish_id")
    if not isinstance(dish_id, str) or not dish_id:
        abort(400)

    if kind == "annotation":
        record_annotation(
            dish_id=dish_id,
            well=int(event["well"]),
            marker=event["marker"],
            hours_post_insemination=float(event["hpi"]),
        )
    elif kind == "alarm":
        record_alarm(
            dish_id=dish_id,
            incubator_serial=event["incubator"],
            code=event["code"],
            message=event.get("message", ""),
        )
    else:
        log.info("ignoring timelapse event type %s", kind)
    return {"ok": True}
