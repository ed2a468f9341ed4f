"""Handle GitHub push webhooks to trigger docs builds."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

from .jobs import enqueue_docs_build

bp = Blueprint("github_hook", __name__)


@bp.post("/hooks/github")
def github_hook():
    secret = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
    sent = request.headers.get("X-Hub-Signature-256", "")
    digest = "sha256=" + hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, sent):
        abort(401)
    if request.headers.get("X-GitHub-Event") != "push":
        return "", 204
    payload = request.get_json()
    enqueue_docs_build(payload["repository"]["full_name"], payload["after"])
    return "", 202
