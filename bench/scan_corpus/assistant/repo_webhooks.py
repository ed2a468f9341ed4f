"""Git hosting webhooks that trigger preview deployments (DEVX-27).

Deliveries carry ``X-Hub-Signature-256: sha256=<hex>``, an HMAC of the raw
body keyed with the per-project webhook secret.
"""
from __future__ import annotations

import hashlib
import hmac
import logging

from fastapi import APIRouter, Header, HTTPException, Request, status

from previews.deployments import enqueue_preview
from previews.projects import get_project_by_repo

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/hooks")

SIGNATURE_PREFIX = "sha256="


def signature_matches(secret: bytes, body: bytes, header_value: str) -> bool:
    """Check the ``X-Hub-Signature-256`` header against ``body``."""
    if not header_value.startswith(SIGNATURE_PREFIX):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    provided = header_value[len(SIGNATURE_PREFIX):]
    return hmac.compare_digest(expected, provided)


@router.post("/git", status_code=status.HTTP_202_ACCEPTED)
async def git_webhook(
    request: Request,
    x_hub_signature_256: str = Header(default=""),
    x_github_event: str = Header(default=""),
) -> dict[str, str]:
    body = await request.body()
    payload = await request.json()
    repo_name = payload.get("repository", {}).get("full_name", "")

    project = await get_project_by_repo(repo_name)
    if project is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Unknown repository")
    if not signature_matches(project.webhook_secret.encode(), body, x_hub_signature_256):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Bad signature")

    if x_github_event != "pull_request":
        return {"status": "ignored"}
    if payload.get("action") not in {"opened", "synchronize", "reopened"}:
        return {"status": "ignored"}

    pr = payload["pull_request"]
    await enqueue_preview(project.id, pr["number"], pr["head"]["sha"])
    logger.info("Queued preview for %s#%s", repo_name, pr["number"])
    return {"status": "queued"}
