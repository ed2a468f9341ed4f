"""Receiver for GitLab merge request webhooks."""
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

from reviewbot.queue import enqueue_review

app = FastAPI()

HANDLED_ACTIONS = {"open", "reopen", "update"}


def _expected_token() -> bytes:
    return os.environ["GITLAB_WEBHOOK_TOKEN"].encode()


@app.post("/hooks/gitlab")
async def gitlab_hook(
    request: Request,
    x_gitlab_token: str = Header(default=""),
    x_gitlab_event: str = Header(default=""),
):
    if not hmac.compare_digest(x_gitlab_token.encode(), _expected_token()):
        raise HTTPException(status_code=401)
    if x_gitlab_event != "Merge Request Hook":
        return {"ignored": x_gitlab_event}
    payload = await request.json()
    attrs = payload.get("object_attributes", {})
    action = attrs.get("action")
    if action not in HANDLED_ACTIONS:
        return {"ignored": action}
    if action == "update" and "oldrev" not in attrs:
        # title/label edits also arrive as "update"; only new pushes matter
        return {"ignored": "metadata update"}
    job = enqueue_review(
        repo=payload["project"]["path_with_namespace"],
        number=attrs["iid"],
        head_sha=attrs["last_commit"]["id"],
    )
    return {"job": job}
