"""Receiver for cycle-complete callbacks from the contract sterilizer.

The contract EO facility posts a JSON document when a load finishes its
aeration phase; the callback is signed with a shared secret.
"""
import hashlib
import hmac
import json
import logging

from flask import Flask, abort, request

from needlemaker.config import settings
from needlemaker.sterilization.loads import record_cycle_result

app = Flask(__name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Sterilizer-Signature"


def _expected_signature(body: bytes) -> str:
    key = settings.STERILIZER_CALLBACK_SECRET.encode()
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def _parse_cycle(payload: dict) -> dict:
    return {
        "load_id": payload["load_id"],
        "cycle_number": int(payload["cycle_number"]),
        "exposure_minutes": float(payload["exposure"]["minutes"]),
        "bi_result": payload["biological_indicator"]["result"],
        "aeration_hours": float(payload["aeration"]["hours"]),
    }


@app.post("/callbacks/sterilizer/cycle-complete")
def cycle_complete():
    body = request.get_data()
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if _expected_signature(body) != supplied:
        abort(401)
    try:
        cycle = _parse_cycle(json.loads(body))
    except (KeyError, ValueError) as exc:
        log.warning("Rejected malformed cycle callback: %s", exc)
        abort(400)
    record_cycle_result(**cycle)
    log.info("Recorded cycle %s for load %s", cycle["cycle_number"], cycle["load_id"])
    return {"accepted": True}, 202
