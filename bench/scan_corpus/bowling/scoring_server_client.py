"""HTTP client for the lane scoring servers.

The scoring servers present certificates issued by our internal CA, so the
session trusts that CA bundle in addition to normal verification.
"""
from __future__ import annotations

import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

DEFAULT_CA_BUNDLE = "/etc/fec/pki/internal-ca.pem"


class ScoringServerClient:
    def __init__(self, base_url: str, token: str, ca_bundle: str | None = None, timeout: float = 8.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_bundle or os.environ.get("SCORING_CA_BUNDLE", DEFAULT_CA_BUNDLE)
        self.session.headers["Authorization"] = f"Bearer {token}"
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self.session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        resp.raise_for_status()
        return resp.json() if resp.content else None

    def lane_status(self) -> list[dict]:
        return self._call("GET", "/api/v1/lanes")

    def open_lane(self, lane: int, bowlers: list[str], games: int) -> dict:
        return self._call("POST", f"/api/v1/lanes/{lane}/open", json={"bowlers": bowlers, "games": games})

    def close_lane(self, lane: int) -> None:
        self._call("POST", f"/api/v1/lanes/{lane}/close")
