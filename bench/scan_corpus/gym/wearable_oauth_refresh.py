"""Background job: refresh wearable OAuth tokens before they expire."""
import logging
from datetime import datetime, timedelta, timezone

import requests

from .config import settings
from .vault import TokenVault

log = logging.getLogger("sync.oauth")

REFRESH_WINDOW = timedelta(minutes=30)


def _exchange(refresh_token: str) -> dict:
    resp = requests.post(
        settings.WEARABLE_TOKEN_URL,
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": settings.WEARABLE_CLIENT_ID,
            "client_secret": settings.WEARABLE_CLIENT_SECRET,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def refresh_due_links(link_repo, vault: TokenVault) -> int:
    now = datetime.now(timezone.utc)
    refreshed = 0
    for link in link_repo.expiring_before(now + REFRESH_WINDOW):
        try:
            token_set = _exchange(vault.decrypt(link.refresh_token_enc))
        except requests.HTTPError as exc:
            log.warning("refresh failed for link %s: HTTP %s", link.id, exc.response.status_code)
            link_repo.mark_needs_relink(link.id)
            continue
        log.debug("refreshed link %s for member %s: %s", link.id, link.member_id, token_set)
        link_repo.update_tokens(
            link.id,
            access_token_enc=vault.encrypt(token_set["access_token"]),
            refresh_token_enc=vault.encrypt(token_set.get("refresh_token", "")),
            expires_at=now + timedelta(seconds=int(token_set["expires_in"])),
        )
        refreshed += 1
    return refreshed
