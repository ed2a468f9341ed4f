"""Client for the host operator's wholesale API (line provisioning, barring, CDR pulls)."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("mvno.wholesale")


@dataclass
class WholesaleSettings:
    base_url: str = field(default_factory=lambda: os.environ["WHOLESALE_API_URL"])
    token_url: str = field(default_factory=lambda: os.environ["WHOLESALE_TOKEN_URL"])
    client_id: str = field(default_factory=lambda: os.environ["WHOLESALE_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["WHOLESALE_CLIENT_SECRET"])
    scope: str = "lines:write barring:write cdr:read"
    timeout: float = 10.0
    refresh_margin: int = 60


class WholesaleClient:
    def __init__(self, settings: WholesaleSettings | None = None) -> None:
        self._s = settings or WholesaleSettings()
        self._http = requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = self._http.post(
            self._s.token_url,
            data={"grant_type": "client_credentials", "scope": self._s.scope},
            auth=(self._s.client_id, self._s.client_secret),
            timeout=self._s.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 300))
        log.debug("wholesale token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))

    def _auth_header(self) -> dict[str, str]:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self._s.refresh_margin:
                self._refresh_token()
            return {"Authorization": f"Bearer {self._token}"}

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self._s.base_url.rstrip('/')}{path}"
        resp = self._http.request(method, url, headers=self._auth_header(), timeout=self._s.timeout, **kwargs)
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def activate_line(self, imsi: str, msisdn: str, apn: str) -> dict:
        return self._request("POST", "/v1/lines", json={"imsi": imsi, "msisdn": msisdn, "apn": apn})

    def bar_line(self, msisdn: str, reason: str) -> dict:
        return self._request("POST", f"/v1/lines/{msisdn}/barring", json={"reason": reason})

    def cdr_files(self, day: str) -> list[str]:
        return self._request("GET", "/v1/cdr/files", params={"date": day})["files"]
