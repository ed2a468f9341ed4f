"""Client for the process historian that stores electrolyser and compressor SCADA tags."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

import requests

log = logging.getLogger("h2.historian")


@dataclass(frozen=True)
class HistorianSettings:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    ca_bundle: str = "/etc/ssl/certs/plant-ca.pem"
    timeout_s: float = 15.0


class HistorianClient:
    """Reads tag values from the historian REST API using client-credentials OAuth."""

    def __init__(self, settings: HistorianSettings) -> None:
        self.settings = settings
        self.http = requests.Session()
        self.http.verify = settings.ca_bundle
        self._token: Optional[str] = None
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        resp = self.http.post(
            self.settings.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self.settings.client_id,
                "client_secret": self.settings.client_secret,
                "scope": "historian.read",
            },
            timeout=self.settings.timeout_s,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600)) - 30

    def _headers(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._authenticate()
            log.debug("Historian session ready for %s with bearer %s", self.settings.base_url, self._token)
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def read_tags(self, tags: list[str], start: datetime, end: datetime) -> dict[str, list]:
        resp = self.http.get(
            f"{self.settings.base_url}/api/v2/tags/values",
            params={"tags": ",".join(tags), "start": start.isoformat(), "end": end.isoformat()},
            headers=self._headers(),
            timeout=self.settings.timeout_s,
        )
        resp.raise_for_status()
        return {item["tag"]: item["values"] for item in resp.json()["items"]}

    def stack_efficiency(self, stack: str, start: datetime, end: datetime) -> Optional[float]:
        data = self.read_tags([f"{stack}.H2_FLOW_KGH", f"{stack}.POWER_KW"], start, end)
        flow = sum(v["value"] for v in data.get(f"{stack}.H2_FLOW_KGH", []))
        power = sum(v["value"] for v in data.get(f"{stack}.POWER_KW", []))
        return power / flow if flow else None
