"""Receives vehicle event webhooks (harsh braking, geofence, DTC) from the telematics vendor."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

from fleet.events import enqueue_vehicle_event

bp = Blueprint("telematics_webhook", __name__, url_prefix="/hooks/telematics")


def _signing_secret() -> bytes:
    return os.environ["TELEMATICS_WEBHOOK_SECRET"].encode()


@bp.post("/events")
def receive_event():
    body = request.get_data()
    signature = request.headers.get("X-Telematics-Signature", "")
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        current_app.logger.warning("rejected webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("eventType") not in {"HarshEvent", "GeofenceEntry", "GeofenceExit", "EngineFault"}:
        return {"status": "ignored"}, 202

    enqueue_vehicle_event(
        vehicle_id=event["vehicle"]["id"],
        event_type=event["eventType"],
        occurred_at=event["happenedAtTime"],
        payload=event.get("data", {}),
    )
    return {"status": "queued"}, 202
