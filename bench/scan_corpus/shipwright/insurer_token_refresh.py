"""Refresh OAuth access tokens for the insurer claims API.

Tokens last an hour; the scheduler refreshes them ten minutes early and keeps
the current token in Redis for the API client to pick up.
"""
import hashlib
import logging
from datetime import datetime, timedelta, timezone

import requests
from redis import Redis

from shipwright.config import settings

logger = logging.getLogger(__name__)

TOKEN_KEY = "insurer:access-token"


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


def fetch_token() -> dict:
    response = requests.post(
        settings.insurer_token_url,
        data={"grant_type": "client_credentials", "scope": "claims"},
        auth=(settings.insurer_client_id, settings.insurer_client_secret),
        timeout=15,
    )
    response.raise_for_status()
    return response.json()


def refresh(redis: Redis) -> datetime:
    payload = fetch_token()
    token = payload["access_token"]
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=int(payload["expires_in"]))
    redis.set(TOKEN_KEY, token, ex=int(payload["expires_in"]) - 60)
    logger.info(
        "Insurer access token refreshed fp=%s expires=%s scope=%s",
        fingerprint(token),
        expires_at.isoformat(timespec="seconds"),
        payload.get("scope", "claims"),
    )
    return expires_at


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh(Redis.from_url(settings.redis_url))
