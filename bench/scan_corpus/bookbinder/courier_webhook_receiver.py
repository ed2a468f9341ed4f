"""Status webhooks from the courier that moves books between clients and the studio.

The carrier posts an event whenever a parcel is collected, in transit,
delivered or held at a depot; we use it to move the matching job along the
restoration board.
"""
import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

from bindery.jobs import JobBoard

app = Flask(__name__)


class CourierConfig:
    signing_secret = os.environ["COURIER_WEBHOOK_SECRET"].encode()
    signature_header = "X-Carrier-Signature"


STATUS_TO_STAGE = {
    "collected": "in_transit_to_studio",
    "delivered_to_studio": "awaiting_assessment",
    "out_for_delivery": "returning",
    "delivered": "returned",
}


def expected_signature(body: bytes, cfg: type[CourierConfig] = CourierConfig) -> str:
    mac = hmac.new(cfg.signing_secret, body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signature_ok(body: bytes, presented: str | None) -> bool:
    if not presented:
        return False
    return presented == expected_signature(body)


def move_job(tracking_number: str, stage: str) -> None:
    JobBoard.default().advance_by_tracking(tracking_number, stage)


@app.post("/webhooks/courier")
def courier_event():
    body = request.get_data()
    if not signature_ok(body, request.headers.get(CourierConfig.signature_header)):
        abort(401)
    event = json.loads(body)
    stage = STATUS_TO_STAGE.get(event.get("status"))
    if stage:
        move_job(event["tracking_number"], stage)
    return {"received": True}
