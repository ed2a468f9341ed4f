"""Receives processing callbacks from the drone photogrammetry service.

When the photogrammetry vendor finishes stitching a survey it posts a callback
with the model URL and defect count; the callback body is signed with the
webhook secret agreed for our account.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("drone_webhooks", __name__, url_prefix="/hooks/drone")
log = logging.getLogger(__name__)


class CallbackSigner:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "CallbackSigner":
        return cls(os.environ["PHOTOGRAMMETRY_WEBHOOK_SECRET"].encode())

    def signature_for(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()


class CallbackVerifier:
    def __init__(self, signer: CallbackSigner) -> None:
        self._signer = signer

    def is_authentic(self, timestamp: str, body: bytes, presented: str) -> bool:
        expected = self._signer.signature_for(timestamp, body)
        return presented == expected


@bp.post("/processed")
def survey_processed():
    verifier = CallbackVerifier(CallbackSigner.from_env())
    timestamp = request.headers.get("X-Vendor-Timestamp", "")
    signature = request.headers.get("X-Vendor-Signature", "")
    body = request.get_data()
    if not timestamp or not verifier.is_authentic(timestamp, body, signature):
        abort(401)

    event = json.loads(body)
    surveys = current_app.extensions["survey_repo"]
    survey = surveys.get(event["survey_id"])
    if survey is None:
        abort(404)
    surveys.mark_processed(
        survey.id,
        model_url=event["model_url"],
        defect_count=int(event.get("defect_count", 0)),
    )
    log.info("survey %s processed with %s defects", survey.id, event.get("defect_count"))
    return {"ok": True}
