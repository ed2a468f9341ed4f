"""OAuth token refresh for the accounting integration.

Access tokens last thirty minutes; a beat task refreshes them ahead of
expiry and stores the new pair in the credentials table.
"""
import logging
from datetime import datetime, timedelta, timezone

import httpx
from celery import shared_task

from signwriter.config import settings
from signwriter.accounting.store import CredentialStore

logger = logging.getLogger("signwriter.accounting.oauth")

TOKEN_URL = "https://identity.accounting.example/connect/token"
REFRESH_MARGIN = timedelta(minutes=5)


def fingerprint(token: str) -> str:
    return f"...{token[-4:]}" if len(token) > 8 else "***"


def request_new_tokens(refresh_token: str) -> dict:
    response = httpx.post(
        TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        auth=(settings.ACCOUNTING_CLIENT_ID, settings.ACCOUNTING_CLIENT_SECRET),
        timeout=20,
    )
    response.raise_for_status()
    return response.json()


@shared_task
def refresh_accounting_token() -> None:
    store = CredentialStore()
    current = store.load()
    if current.expires_at - datetime.now(timezone.utc) > REFRESH_MARGIN:
        return
    tokens = request_new_tokens(current.refresh_token)
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=tokens["expires_in"])
    store.save(
        access_token=tokens["access_token"],
        refresh_token=tokens["refresh_token"],
        expires_at=expires_at,
    )
    logger.info(
        "accounting token refreshed: access=%s scope=%s expires_at=%s",
        fingerprint(tokens["access_token"]),
        tokens.get("scope", ""),
        expires_at.isoformat(),
    )
