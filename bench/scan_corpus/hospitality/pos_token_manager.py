"""Keep the cloud POS access token fresh for each connected merchant."""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class TokenRefreshError(RuntimeError):
    pass


class PosTokenManager:
    def __init__(self, token_url: str, client_id: str, client_secret: str, token_store, timeout: float = 15.0) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_store = token_store
        self.timeout = timeout

    def refresh(self, merchant_id: str) -> str:
        saved = self.token_store.load(merchant_id)
        resp = requests.post(
            self.token_url,
            data={"grant_type": "refresh_token", "refresh_token": saved["refresh_token"]},
            auth=(self.client_id, self.client_secret),
            timeout=self.timeout,
        )
        if resp.status_code != 200:
            error_code = resp.json().get("error", "unknown") if resp.headers.get("content-type", "").startswith("application/json") else "unknown"
            log.warning("token refresh failed for merchant %s: HTTP %s (%s)", merchant_id, resp.status_code, error_code)
            raise TokenRefreshError(merchant_id)
        body = resp.json()
        expires_at = time.time() + body["expires_in"]
        self.token_store.save(merchant_id, body["access_token"], body.get("refresh_token", saved["refresh_token"]), expires_at)
        log.info(
            "refreshed access token for merchant %s (scopes=%s, expires %s)",
            merchant_id,
            body.get("scope", ""),
            datetime.fromtimestamp(expires_at, tz=timezone.utc).isoformat(timespec="seconds"),
        )
        return body["access_token"]
