"""Webhook endpoint that queues pull requests for automated review."""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from review_bot.queue import enqueue_review

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["REVIEW_BOT_WEBHOOK_SECRET"].encode()
HANDLED_ACTIONS = {"opened", "synchronize", "reopened", "ready_for_review"}


def _signature_ok(body: bytes, header: str | None) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return expected == header


@app.post("/webhooks/github")
def github_webhook():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Hub-Signature-256")):
        abort(401)
    event = request.headers.get("X-GitHub-Event", "")
    if event == "ping":
        return jsonify(ok=True)
    if event != "pull_request":
        return jsonify(ignored=event), 202
    payload = json.loads(body)
    if payload.get("action") not in HANDLED_ACTIONS:
        return jsonify(ignored=payload.get("action")), 202
    pr = payload["pull_request"]
    if pr.get("draft"):
        return jsonify(ignored="draft"), 202
    repo = payload["repository"]["full_name"]
    job_id = enqueue_review(repo=repo, number=pr["number"], head_sha=pr["head"]["sha"])
    log.info("queued review %s for %s#%s", job_id, repo, pr["number"])
    return jsonify(job=job_id), 202
