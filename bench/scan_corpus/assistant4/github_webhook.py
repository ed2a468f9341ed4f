"""Receive GitHub webhooks and fan them out to the build scheduler."""
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request

from scheduler.jobs import enqueue_build, enqueue_cleanup

log = logging.getLogger(__name__)
bp = Blueprint("github_webhook", __name__)

WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
HANDLED_EVENTS = {"push", "pull_request", "delete"}


def _signature_valid(body: bytes, header: str) -> bool:
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return header == expected


def _handle(event: str, payload: dict) -> str:
    repo = payload["repository"]["full_name"]
    if event == "push" and not payload.get("deleted"):
        enqueue_build(repo, payload["ref"], payload["after"])
        return "build queued"
    if event == "pull_request" and payload["action"] in {"opened", "synchronize", "reopened"}:
        pr = payload["pull_request"]
        enqueue_build(repo, pr["head"]["ref"], pr["head"]["sha"], pr_number=pr["number"])
        return "build queued"
    if event == "delete" and payload.get("ref_type") == "branch":
        enqueue_cleanup(repo, payload["ref"])
        return "cleanup queued"
    return "ignored"


@bp.post("/hooks/github")
def github_hook():
    if not _signature_valid(request.get_data(), request.headers.get("X-Hub-Signature-256", "")):
        abort(401)
    event = request.headers.get("X-GitHub-Event", "")
    if event == "ping":
        return jsonify({"status": "pong"})
    if event not in HANDLED_EVENTS:
        return jsonify({"status": "ignored"}), 202
    result = _handle(event, request.get_json())
    log.info("github %s event for %s: %s", event, request.json["repository"]["full_name"], result)
    return jsonify({"status": result}), 202
