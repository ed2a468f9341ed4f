"""Client for the compressor OEM's remote-monitoring API (vibration and run-hour data)."""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx

log = logging.getLogger("oem.api")


def _mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


class OemMonitoringClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = (base_url or os.environ["OEM_MONITORING_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["OEM_MONITORING_API_KEY"]
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"X-Api-Key": self._api_key},
            timeout=20.0,
        )
        log.info("OEM monitoring client ready for %s using key %s", self.base_url, _mask(self._api_key))

    def vibration_trend(self, unit_serial: str, days: int = 7) -> list[dict[str, Any]]:
        resp = self._client.get(f"/units/{unit_serial}/vibration", params={"days": days})
        if resp.status_code == 401:
            log.error("OEM API rejected key %s", _mask(self._api_key))
        resp.raise_for_status()
        return resp.json()["samples"]

    def run_hours(self, unit_serial: str) -> float:
        resp = self._client.get(f"/units/{unit_serial}/run-hours")
        resp.raise_for_status()
        return float(resp.json()["hours"])

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "OemMonitoringClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
