"""Thin REST client for the unit SCADA gateways (read-only points API)."""

import logging
from typing import Any

import requests
import urllib3

log = logging.getLogger(__name__)

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


class GatewayClient:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        )
        # gateways ship with per-device self-signed certificates
        self.session.verify = False

    def _get(self, path: str, **params: Any) -> Any:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def list_points(self, unit: str) -> list[dict]:
        return self._get("/api/v2/points", unit=unit)

    def read_point(self, point_id: str) -> dict:
        return self._get(f"/api/v2/points/{point_id}/value")

    def read_many(self, point_ids: list[str]) -> dict[str, dict]:
        values = {}
        for pid in point_ids:
            try:
                values[pid] = self.read_point(pid)
            except requests.HTTPError as exc:
                log.warning("point %s unavailable: %s", pid, exc)
        return values
