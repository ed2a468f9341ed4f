"""OAuth token refresh for the HMRC excise API connection.

The warehouse keeper authorises the application once; afterwards the
refresh token is rotated on a schedule and the new pair stored encrypted.
"""
import logging
from datetime import datetime, timedelta, timezone

import requests

from bonded.secrets_store import load_refresh_token, save_token_pair
from bonded.settings import HMRC_CLIENT_ID, HMRC_TOKEN_URL, hmrc_client_secret

logger = logging.getLogger("bonded.hmrc.oauth")


def _tail(value: str, keep: int = 4) -> str:
    return f"...{value[-keep:]}" if len(value) > keep else "..."


def refresh_access_token() -> str:
    response = requests.post(
        HMRC_TOKEN_URL,
        data={
            "grant_type": "refresh_token",
            "refresh_token": load_refresh_token(),
            "client_id": HMRC_CLIENT_ID,
            "client_secret": hmrc_client_secret(),
        },
        timeout=20,
    )
    response.raise_for_status()
    body = response.json()
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=body["expires_in"])
    save_token_pair(body["access_token"], body["refresh_token"], expires_at)
    logger.info(
        "Refreshed HMRC access token %s, expires %s",
        _tail(body["access_token"]),
        expires_at.isoformat(),
    )
    return body["access_token"]


def token_needs_refresh(expires_at: datetime, margin: timedelta = timedelta(minutes=10)) -> bool:
    return datetime.now(timezone.utc) + margin >= expires_at
