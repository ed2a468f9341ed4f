"""Client for the surface SCADA gateway's REST interface.

Used by the conveyor and pumping dashboards to read tag values and to write
setpoints (dam pump start levels, belt speed limits). The gateway expects a
bearer token issued by the site identity service.
"""
import logging
from typing import Any

import requests

from colliery.config import settings
from colliery.identity import service_token

log = logging.getLogger("colliery.scada.gateway")


class ScadaGatewayClient:
    def __init__(self, base_url: str = settings.SCADA_GATEWAY_URL, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {service_token('scada-gateway')}",
            "Accept": "application/json",
            "X-Client": "colliery-dashboards",
        }

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("%s %s headers=%s", method, url, headers)
        response = self.session.request(method, url, headers=headers, timeout=self.timeout, **kwargs)
        log.debug("%s %s -> %s", method, url, response.status_code)
        response.raise_for_status()
        return response.json()

    def read_tags(self, tags: list[str]) -> dict[str, float]:
        data = self._request("POST", "/api/v2/tags/read", json={"tags": tags})
        return {item["tag"]: item["value"] for item in data["values"]}

    def write_setpoint(self, tag: str, value: float, reason: str) -> None:
        self._request(
            "POST",
            "/api/v2/tags/write",
            json={"tag": tag, "value": value, "reason": reason},
        )
        log.info("setpoint %s set to %s (%s)", tag, value, reason)
