"""Nightly submission of played-track usage reports to the licensing society."""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass
from typing import Optional

import requests

log = logging.getLogger(__name__)


@dataclass
class UsageApiConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "UsageApiConfig":
        return cls(
            base_url=os.environ["LICENCE_API_URL"],
            token_url=os.environ["LICENCE_TOKEN_URL"],
            client_id=os.environ["LICENCE_CLIENT_ID"],
            client_secret=os.environ["LICENCE_CLIENT_SECRET"],
        )


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:10]


class UsageReportClient:
    def __init__(self, config: UsageApiConfig) -> None:
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
        log.debug(
            "Obtained licence API token (fingerprint %s) for client %s, valid for %ss",
            _fingerprint(self._token),
            self._config.client_id,
            body.get("expires_in"),
        )

    def _headers(self) -> dict[str, str]:
        if self._token is None or time.time() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def submit(self, session_ref: str, plays: list[dict]) -> str:
        resp = self._http.post(
            f"{self._config.base_url.rstrip('/')}/v2/usage-reports",
            json={"session_ref": session_ref, "plays": plays},
            headers=self._headers(),
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        report_id = resp.json()["report_id"]
        log.info("Submitted %d plays for %s as report %s", len(plays), session_ref, report_id)
        return report_id
