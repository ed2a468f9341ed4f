"""Client for the enclosure sensor gateways' management API.

The gateways present certificates issued by the park's internal CA, so the
session trusts that CA bundle in addition to hostname checks.
"""

import logging
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class GatewaySettings:
    base_url: str
    ca_bundle: str = "/etc/zoo/pki/internal-ca.pem"
    api_token_env: str = "GATEWAY_API_TOKEN"
    timeout: float = 10.0


class GatewayClient:
    def __init__(self, settings: GatewaySettings, token: str):
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers["Authorization"] = f"Bearer {token}"
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str) -> dict:
        resp = self.session.get(f"{self.settings.base_url}{path}", timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def status(self) -> dict:
        return self._get("/api/v1/status")

    def sensors(self) -> list[dict]:
        return self._get("/api/v1/sensors")["items"]

    def battery_report(self) -> list[tuple[str, float]]:
        low = []
        for s in self.sensors():
            if s.get("battery_pct", 100) < 20:
                low.append((s["id"], s["battery_pct"]))
        if low:
            log.warning("%d sensors on %s need batteries", len(low), self.settings.base_url)
        return low
