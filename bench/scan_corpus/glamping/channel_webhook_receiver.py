"""Receives booking webhooks from the channel manager.

New, modified and cancelled OTA bookings arrive here and are written to
the local reservations table so the pod and yurt calendar stays in step.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from reservations import apply_channel_event

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["CHANNEL_WEBHOOK_SECRET"].encode("utf-8")
HANDLED_EVENTS = {"booking.created", "booking.modified", "booking.cancelled"}


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/channel-manager")
def channel_manager_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Channel-Signature", "")
    if signature != expected_signature(body):
        log.warning("rejected channel webhook with bad signature")
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        log.info("ignoring channel event %s", event_type)
        return {"status": "ignored"}, 200

    booking = event["booking"]
    apply_channel_event(
        event_type=event_type,
        channel=booking["channel"],
        external_ref=booking["reference"],
        unit_code=booking["unit_code"],
        arrival=booking["arrival"],
        departure=booking["departure"],
        guests=int(booking.get("guests", 2)),
    )
    log.info("applied %s for %s", event_type, booking["reference"])
    return {"status": "ok"}, 200


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8085)
