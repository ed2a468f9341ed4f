"""Client for the certification body's certificate lookup API.

Used by intake to confirm a supplier's FSC or PEFC certificate is valid on the
delivery date before an FSC claim is accepted onto a log batch.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import requests

logger = logging.getLogger("intake.registry")


@dataclass
class RegistryConfig:
    token_url: str
    api_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0


@dataclass
class RegistryClient:
    config: RegistryConfig
    _token: str | None = field(default=None, init=False)
    _expires_at: float = field(default=0.0, init=False)
    _http: requests.Session = field(default_factory=requests.Session, init=False)

    def _access_token(self) -> str:
        if self._token and time.time() < self._expires_at - 60:
            return self._token
        resp = self._http.post(
            self.config.token_url,
            data={"grant_type": "client_credentials", "scope": "certificates.read"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        logger.debug("registry token refreshed (%s), expires in %ss", self._token, body.get("expires_in"))
        return self._token

    def certificate(self, code: str) -> dict:
        resp = self._http.get(
            f"{self.config.api_url}/certificates/{requests.utils.quote(code, safe='')}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        if resp.status_code == 404:
            return {"code": code, "status": "unknown"}
        resp.raise_for_status()
        return resp.json()

    def is_valid(self, code: str, on_date: str) -> bool:
        cert = self.certificate(code)
        return cert.get("status") == "valid" and cert.get("valid_from", "") <= on_date <= cert.get("valid_until", "")
