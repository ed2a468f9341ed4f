"""Inbound webhooks from the CI system when a model build finishes.

CI signs the raw body with a shared secret (HMAC-SHA256, hex) and sends it in
the X-CI-Signature header. A verified "build.succeeded" event registers the
new model version as a staging candidate.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .registry import register_candidate

log = logging.getLogger(__name__)
bp = Blueprint("ci_webhooks", __name__, url_prefix="/hooks/ci")

_SECRET = os.environ["CI_WEBHOOK_SECRET"].encode()


def _signature_for(body: bytes) -> str:
    return hmac.new(_SECRET, body, hashlib.sha256).hexdigest()


@bp.post("/build")
def build_event():
    body = request.get_data()
    sent = request.headers.get("X-CI-Signature", "").removeprefix("sha256=")
    if _signature_for(body) != sent.lower():
        abort(401)

    event = json.loads(body)
    if event.get("type") != "build.succeeded":
        return jsonify(status="ignored"), 202

    artifact = event["artifact"]
    version = register_candidate(
        model=artifact["model"],
        uri=artifact["uri"],
        git_sha=event["commit"],
        stage="staging",
    )
    log.info("registered %s v%s from CI build %s", artifact["model"], version, event["build_id"])
    return jsonify(status="registered", version=version), 201
