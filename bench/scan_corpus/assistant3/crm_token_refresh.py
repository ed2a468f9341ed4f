"""Background job that refreshes OAuth tokens for connected CRM accounts."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

log = logging.getLogger("crm.token_refresh")


async def refresh_account_token(
    client: httpx.AsyncClient, token_url: str, account: dict[str, Any]
) -> dict[str, Any]:
    resp = await client.post(
        token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": account["refresh_token"],
            "client_id": account["client_id"],
        },
        timeout=20,
    )
    resp.raise_for_status()
    payload = resp.json()
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=payload["expires_in"])
    log.info("account %s new token %s expires %s", account["id"], payload["access_token"], expires_at)
    return {**account, "access_token": payload["access_token"], "expires_at": expires_at}
