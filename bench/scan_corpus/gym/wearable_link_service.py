"""Linking a member's wearable account (OAuth authorization-code flow)."""
import logging
from datetime import datetime, timedelta, timezone

import requests

from .config import settings
from .vault import TokenVault

log = logging.getLogger("sync.link")


def exchange_code(code: str, redirect_uri: str) -> dict:
    resp = requests.post(
        settings.WEARABLE_TOKEN_URL,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": settings.WEARABLE_CLIENT_ID,
            "client_secret": settings.WEARABLE_CLIENT_SECRET,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def complete_link(member_id: int, code: str, redirect_uri: str, link_repo, vault: TokenVault) -> int:
    token_set = exchange_code(code, redirect_uri)
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=int(token_set["expires_in"]))
    link_id = link_repo.create(
        member_id=member_id,
        vendor_user_id=token_set.get("user_id"),
        scopes=token_set.get("scope", ""),
        access_token_enc=vault.encrypt(token_set["access_token"]),
        refresh_token_enc=vault.encrypt(token_set["refresh_token"]),
        expires_at=expires_at,
    )
    log.info(
        "wearable linked: member=%s link=%s scopes=%s token expires %s",
        member_id, link_id, token_set.get("scope", ""), expires_at.isoformat(),
    )
    return link_id
