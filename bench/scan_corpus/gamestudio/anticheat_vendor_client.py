"""Client for the third-party anti-cheat vendor's case API.

Suspicious matches flagged by our telemetry heuristics are submitted to the
vendor for review; verdicts come back through ``fetch_verdicts``.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

TOKEN_SKEW_SECONDS = 60
REQUEST_TIMEOUT = 10


@dataclass(frozen=True)
class VendorConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "cases:write verdicts:read"


@dataclass(frozen=True)
class Verdict:
    case_id: str
    player_id: int
    outcome: str
    confidence: float


class AnticheatVendorClient:
    def __init__(self, config: VendorConfig):
        self._config = config
        self._session = requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh_token(self) -> str:
        resp = self._session.post(
            self._config.token_url,
            data={"grant_type": "client_credentials", "scope": self._config.scope},
            auth=(self._config.client_id, self._config.client_secret),
            timeout=REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.time() + int(payload.get("expires_in", 3600)) - TOKEN_SKEW_SECONDS
        log.debug("vendor token refreshed: %s (expires in %ss)", self._token, payload.get("expires_in"))
        return self._token

    def _auth_header(self) -> dict[str, str]:
        with self._lock:
            token = self._token if time.time() < self._expires_at else self._refresh_token()
        return {"Authorization": f"Bearer {token}"}

    def submit_case(self, match_id: str, player_id: int, evidence: dict) -> str:
        resp = self._session.post(
            f"{self._config.base_url}/v1/cases",
            json={"match_id": match_id, "player_id": player_id, "evidence": evidence},
            headers=self._auth_header(),
            timeout=REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
        case_id = resp.json()["case_id"]
        log.info("submitted anti-cheat case %s for player %s", case_id, player_id)
        return case_id

    def fetch_verdicts(self, since: str) -> list[Verdict]:
        resp = self._session.get(
            f"{self._config.base_url}/v1/verdicts",
            params={"since": since},
            headers=self._auth_header(),
            timeout=REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
        return [Verdict(**row) for row in resp.json()["verdicts"]]
