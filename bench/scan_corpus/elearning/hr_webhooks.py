"""Receives employee lifecycle events (hire, transfer, leave) from the HRIS."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from lms.provisioning import deactivate_learner, upsert_learner

bp = Blueprint("hr_webhooks", __name__, url_prefix="/hooks/hr")

SIGNATURE_HEADER = "X-HRIS-Signature"


def _signing_secret() -> bytes:
    return os.environ["HRIS_WEBHOOK_SECRET"].encode("utf-8")


def _sign(body: bytes) -> str:
    return "sha256=" + hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()


def _authentic(body: bytes, header_value: str | None) -> bool:
    if not header_value:
        return False
    return _sign(body) == header_value


@bp.post("/events")
def receive_event():
    body = request.get_data()
    if not _authentic(body, request.headers.get(SIGNATURE_HEADER)):
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind in ("employee.hired", "employee.transferred"):
        upsert_learner(event["employee"])
    elif kind == "employee.terminated":
        deactivate_learner(event["employee"]["id"])
    return {"status": "accepted"}, 202
