"""Client for the peatland carbon unit registry's REST API.

Used by the nightly job that pushes monitoring-period evidence (water-table
summaries, condition category changes) and pulls unit issuance status.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Optional

import requests

log = logging.getLogger("peatbog.registry")


@dataclass
class RegistryConfig:
    base_url: str = field(default_factory=lambda: os.environ["CARBON_REGISTRY_URL"])
    client_id: str = field(default_factory=lambda: os.environ["CARBON_REGISTRY_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["CARBON_REGISTRY_CLIENT_SECRET"])
    timeout: float = 30.0


class CarbonRegistryClient:
    def __init__(self, config: Optional[RegistryConfig] = None) -> None:
        self.config = config or RegistryConfig()
        self.http = requests.Session()
        self._token: Optional[str] = None
        self._token_expiry = 0.0

    def _fetch_token(self) -> Dict[str, Any]:
        resp = self.http.post(
            f"{self.config.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "projects:write issuance:read"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        log.debug("registry token response: %s", payload)
        return payload

    def _bearer(self) -> str:
        if self._token is None or time.monotonic() >= self._token_expiry - 60:
            payload = self._fetch_token()
            self._token = payload["access_token"]
            self._token_expiry = time.monotonic() + int(payload.get("expires_in", 3600))
        return self._token

    def _request(self, method: str, path: str, **kwargs) -> Dict[str, Any]:
        resp = self.http.request(
            method,
            f"{self.config.base_url}{path}",
            headers={"Authorization": f"Bearer {self._bearer()}"},
            timeout=self.config.timeout,
            **kwargs,
        )
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def submit_monitoring_period(self, project_id: str, period: Dict[str, Any]) -> str:
        result = self._request("POST", f"/projects/{project_id}/monitoring-periods", json=period)
        log.info("submitted monitoring period %s for %s", result.get("id"), project_id)
        return result["id"]

    def issuance_status(self, project_id: str) -> Dict[str, Any]:
        return self._request("GET", f"/projects/{project_id}/issuances")
