"""Receive Gitea push webhooks and enqueue CI pipelines."""
import hashlib
import hmac
import json
import os

import redis
from flask import Flask, abort, request

app = Flask(__name__)
queue = redis.Redis.from_url(os.environ["CI_QUEUE_URL"])
WEBHOOK_SECRET = os.environ["GITEA_WEBHOOK_SECRET"].encode()


@app.post("/hooks/gitea")
def gitea_push():
    body = request.get_data()
    signature = request.headers.get("X-Gitea-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = json.loads(body)
    if request.headers.get("X-Gitea-Event") != "push":
        return {"queued": False, "reason": "ignored event"}, 202

    job = {
        "repo": event["repository"]["full_name"],
        "ref": event["ref"],
        "after": event["after"],
        "pusher": event.get("pusher", {}).get("login"),
    }
    queue.rpush("ci:pipelines", json.dumps(job))
    return {"queued": True}, 202
