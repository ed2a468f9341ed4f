"""Client for the music licensing society's reporting API.

Used by the nightly job that reports which tracks were played at each
competition session. Authenticates with OAuth2 client credentials.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from typing import Optional

import requests

log = logging.getLogger(__name__)


@dataclass
class LicenceApiConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "LicenceApiConfig":
        return cls(
            base_url=os.environ["LICENCE_API_URL"],
            token_url=os.environ["LICENCE_TOKEN_URL"],
            client_id=os.environ["LICENCE_CLIENT_ID"],
            client_secret=os.environ["LICENCE_CLIENT_SECRET"],
        )


class LicenceApiSession:
    def __init__(self, config: LicenceApiConfig) -> None:
        self._config = config
        self._http = requests.Session()
        self._token: Optional[str] = None
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = self._http.post(
            self._config.token_url,
            data={"grant_type": "client_credentials", "scope": "usage.report"},
            auth=(self._config.client_id, self._config.client_secret),
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600)) - 60
        log.debug("Obtained licence API token %s, valid for %ss", self._token, body.get("expires_in"))

    def _auth_header(self) -> dict[str, str]:
        if self._token is None or time.time() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def submit_usage(self, session_ref: str, plays: list[dict]) -> str:
        resp = self._http.post(
            f"{self._config.base_url.rstrip('/')}/v2/usage-reports",
            json={"session_ref": session_ref, "plays": plays},
            headers=self._auth_header(),
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        report_id = resp.json()["report_id"]
        log.info("Submitted %d plays for %s as report %s", len(plays), session_ref, report_id)
        return report_id

    def report_status(self, report_id: str) -> str:
        resp = self._http.get(
            f"{self._config.base_url.rstrip('/')}/v2/usage-reports/{report_id}",
            headers=self._auth_header(),
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["status"]
