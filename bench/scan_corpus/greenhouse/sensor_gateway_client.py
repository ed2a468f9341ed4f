"""HTTP client for the sensor gateway cloud API (readings, alarms, firmware)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("greenhouse.gateway")


@dataclass
class GatewayClient:
    base_url: str
    api_key: str = field(default_factory=lambda: os.environ["GATEWAY_API_KEY"])
    timeout: float = 10.0
    session: requests.Session = field(default_factory=requests.Session)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Accept": "application/json",
            "User-Agent": "gh-ops/2.4",
        }

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url.rstrip('/')}/{path.lstrip('/')}"
        headers = self._headers()
        log.debug("GET %s params=%s headers=%s", url, params, headers)
        resp = self.session.get(url, headers=headers, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def latest_readings(self, gateway_id: str) -> list[dict]:
        return self._get(f"/v2/gateways/{gateway_id}/readings/latest")["readings"]

    def open_alarms(self, site: str) -> list[dict]:
        return self._get("/v2/alarms", site=site, state="open")["items"]

    def firmware_status(self, gateway_id: str) -> dict:
        return self._get(f"/v2/gateways/{gateway_id}/firmware")
