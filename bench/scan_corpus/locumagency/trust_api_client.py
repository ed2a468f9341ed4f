"""Client for a hospital trust's vacancy API (OAuth2 client-credentials).

The agency polls each trust for newly released locum vacancies and posts
back proposed clinicians.  Access tokens are cached until shortly before
they expire.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("locum.trust_api")


@dataclass
class TrustApiConfig:
    trust_code: str
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "vacancies.read proposals.write"
    timeout: float = 15.0


@dataclass
class TrustApiClient:
    config: TrustApiConfig
    _session: requests.Session = field(default_factory=requests.Session)
    _token: str | None = None
    _expires_at: float = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._expires_at - 60:
            return self._token
        resp = self._session.post(
            self.config.token_url,
            data={"grant_type": "client_credentials", "scope": self.config.scope},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600))
        log.debug("trust %s: new access token %s", self.config.trust_code, self._token)
        return self._token

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(
            f"{self.config.base_url.rstrip('/')}{path}",
            params=params,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def open_vacancies(self, since: str) -> list[dict]:
        data = self._get("/v2/vacancies", status="open", updated_since=since)
        log.info("trust %s: %d open vacancies", self.config.trust_code, len(data["items"]))
        return data["items"]

    def propose(self, vacancy_id: str, clinician_ref: str, rate: float) -> str:
        resp = self._session.post(
            f"{self.config.base_url.rstrip('/')}/v2/vacancies/{vacancy_id}/proposals",
            json={"clinician_ref": clinician_ref, "hourly_rate": rate},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["proposal_id"]
