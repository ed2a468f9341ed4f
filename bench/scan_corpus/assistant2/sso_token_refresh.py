"""Background refresh of OAuth tokens for connected SSO accounts."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("portal.sso.refresh")


@dataclass
class TokenSet:
    account_id: int
    access_token: str
    refresh_token: str
    expires_at: datetime
    scope: str


class TokenRefresher:
    """Refreshes tokens that are about to expire."""

    def __init__(self, token_url: str, client_id: str, client_secret: str, leeway: timedelta = timedelta(minutes=5)) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.leeway = leeway
        self.http = requests.Session()

    def needs_refresh(self, tokens: TokenSet) -> bool:
        return tokens.expires_at - self.leeway <= datetime.now(timezone.utc)

    def refresh(self, tokens: TokenSet) -> TokenSet:
        """Exchange the refresh token for a new token set."""
        resp = self.http.post(
            self.token_url,
            data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        if resp.status_code >= 400:
            log.warning(
                "token refresh failed for account=%s status=%s error=%s",
                tokens.account_id,
                resp.status_code,
                resp.json().get("error", "unknown") if resp.headers.get("content-type", "").startswith("application/json") else "non-json",
            )
            resp.raise_for_status()
        body = resp.json()
        refreshed = TokenSet(
            account_id=tokens.account_id,
            access_token=body["access_token"],
            refresh_token=body.get("refresh_token", tokens.refresh_token),
            expires_at=datetime.now(timezone.utc) + timedelta(seconds=int(body["expires_in"])),
            scope=body.get("scope", tokens.scope),
        )
        log.info(
            "refreshed tokens for account=%s expires_at=%s scope=%s rotated_refresh=%s",
            refreshed.account_id,
            refreshed.expires_at.isoformat(),
            refreshed.scope,
            "refresh_token" in body,
        )
        return refreshed
