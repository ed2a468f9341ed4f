"""Receive validated-read notifications from the meter data management vendor."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("mdm_webhook", __name__)


def _signing_secret() -> bytes:
    return os.environ["MDM_WEBHOOK_SECRET"].encode()


@bp.post("/hooks/mdm/reads")
def validated_reads():
    signature = request.headers.get("X-MDM-Signature", "")
    body = request.get_data()
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = json.loads(body)
    queue = current_app.extensions["read_queue"]
    for read in event.get("reads", []):
        queue.put(
            {
                "meter": read["meterId"],
                "channel": read.get("channel", "kWh-del"),
                "interval_end": read["intervalEnd"],
                "value": float(read["value"]),
                "quality": read.get("quality", "V"),
            }
        )
    return {"accepted": len(event.get("reads", []))}, 202
