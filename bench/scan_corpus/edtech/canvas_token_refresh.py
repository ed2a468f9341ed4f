"""Background refresh of instructors' Canvas OAuth tokens for the plagiarism checker."""
import logging
from datetime import datetime, timedelta, timezone

import requests

from .settings import settings
from .tokens import CanvasToken, tokens_expiring_before

log = logging.getLogger(__name__)
REFRESH_WINDOW = timedelta(minutes=10)


def refresh(token: CanvasToken) -> CanvasToken:
    resp = requests.post(
        f"{settings.canvas_base_url}/login/oauth2/token",
        data={
            "grant_type": "refresh_token",
            "client_id": settings.canvas_client_id,
            "client_secret": settings.canvas_client_secret,
            "refresh_token": token.refresh_token,
        },
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    token.access_token = body["access_token"]
    token.expires_at = datetime.now(timezone.utc) + timedelta(seconds=int(body.get("expires_in", 3600)))
    log.info("refreshed canvas token for user=%s, expires at %s", token.user_id, token.expires_at.isoformat())
    return token


def refresh_expiring(session) -> int:
    cutoff = datetime.now(timezone.utc) + REFRESH_WINDOW
    refreshed = 0
    for token in tokens_expiring_before(session, cutoff):
        try:
            refresh(token)
            refreshed += 1
        except requests.HTTPError as exc:
            log.warning("canvas token refresh failed for user=%s: HTTP %s", token.user_id, exc.response.status_code)
    session.commit()
    return refreshed
