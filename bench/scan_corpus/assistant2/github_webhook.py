"""Receive GitHub push webhooks to trigger documentation rebuilds."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from fastapi import APIRouter, BackgroundTasks, Header, HTTPException, Request

from docs_builder.jobs import enqueue_rebuild

log = logging.getLogger(__name__)
router = APIRouter()

WEBHOOK_SECRET_ENV = "GITHUB_WEBHOOK_SECRET"
DOCS_BRANCH = "refs/heads/main"


def signature_for(body: bytes, secret: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def is_valid_signature(body: bytes, received: str | None) -> bool:
    """Check GitHub's ``X-Hub-Signature-256`` header."""
    if not received:
        return False
    expected = signature_for(body, os.environ[WEBHOOK_SECRET_ENV].encode())
    return hmac.compare_digest(expected, received)


@router.post("/hooks/github", status_code=202)
async def github_push(
    request: Request,
    background: BackgroundTasks,
    x_github_event: str = Header(...),
    x_hub_signature_256: str | None = Header(default=None),
) -> dict[str, str]:
    """Queue a rebuild when the docs branch receives a push."""
    body = await request.body()
    if not is_valid_signature(body, x_hub_signature_256):
        raise HTTPException(status_code=401, detail="invalid signature")
    if x_github_event == "ping":
        return {"status": "pong"}
    if x_github_event != "push":
        return {"status": "ignored"}
    payload = await request.json()
    if payload.get("ref") != DOCS_BRANCH:
        return {"status": "ignored"}
    background.add_task(enqueue_rebuild, payload["after"])
    log.info("queued docs rebuild for %s", payload["after"])
    return {"status": "queued"}
