"""Receive GitHub push events and queue CI builds."""
import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request

from ci.queue import enqueue_build

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


@app.post("/hooks/github")
def github_hook():
    sent = request.headers.get("X-Hub-Signature-256", "")
    digest = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sent != f"sha256={digest}":
        abort(401)

    event = request.headers.get("X-GitHub-Event")
    if event == "ping":
        return jsonify(ok=True)
    if event != "push":
        return jsonify(ignored=event), 202

    payload = request.get_json()
    ref = payload["ref"]
    if not ref.startswith("refs/heads/"):
        return jsonify(ignored=ref), 202
    build_id = enqueue_build(
        repo=payload["repository"]["full_name"],
        branch=ref.removeprefix("refs/heads/"),
        commit=payload["after"],
    )
    return jsonify(build_id=build_id), 201
