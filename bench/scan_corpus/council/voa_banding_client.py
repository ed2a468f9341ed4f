"""Client for the Valuation Office Agency banding API.

Used by the council tax team to pull band changes for properties in the
borough. Auth is OAuth2 client-credentials; tokens last an hour.
"""
import logging
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("ctax.voa")


@dataclass
class VoaSettings:
    token_url: str
    api_base: str
    client_id: str
    client_secret: str
    billing_authority_code: str


@dataclass
class VoaClient:
    settings: VoaSettings
    session: requests.Session = field(default_factory=requests.Session)
    _token: str | None = None
    _expires_at: float = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._expires_at - 60:
            return self._token
        resp = self.session.post(
            self.settings.token_url,
            data={"grant_type": "client_credentials", "scope": "read:banding"},
            auth=(self.settings.client_id, self.settings.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.time() + int(payload.get("expires_in", 3600))
        log.debug("VOA token refreshed: %s (expires in %ss)", self._token, payload.get("expires_in"))
        return self._token

    def band_changes(self, since: str) -> list[dict]:
        url = f"{self.settings.api_base}/billing-authorities/{self.settings.billing_authority_code}/changes"
        resp = self.session.get(
            url,
            params={"since": since},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json().get("changes", [])
