"""Webhook receiver for CI build notifications (model images, eval reports).

CI signs the raw request body with HMAC-SHA256 and sends the hex digest in
X-CI-Signature as ``sha256=<hex>``.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .registry import attach_eval_report, register_candidate

log = logging.getLogger(__name__)
bp = Blueprint("ci_hooks", __name__, url_prefix="/hooks/ci")

_SECRET = os.environ["CI_WEBHOOK_SECRET"].encode()


def _verified_body() -> bytes:
    body = request.get_data()
    sent = request.headers.get("X-CI-Signature", "")
    if not sent.startswith("sha256="):
        abort(401)
    expected = "sha256=" + hmac.new(_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sent):
        abort(401)
    return body


@bp.post("/events")
def ci_event():
    event = json.loads(_verified_body())
    kind = event.get("type")
    if kind == "build.succeeded":
        art = event["artifact"]
        version = register_candidate(model=art["model"], uri=art["uri"],
                                     git_sha=event["commit"], stage="staging")
        log.info("registered %s v%s from build %s", art["model"], version, event["build_id"])
        return jsonify(status="registered", version=version), 201
    if kind == "eval.completed":
        attach_eval_report(event["model"], event["version"], event["report_uri"])
        return jsonify(status="attached"), 200
    return jsonify(status="ignored"), 202
