"""Client for the press telemetry gateway's query API.

Used by the shift report job to pull per-press averages for the last shift.
The gateway uses a certificate from the plant's internal CA.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests


@dataclass
class GatewaySettings:
    base_url: str
    token: str
    ca_bundle: str = "/etc/pressing/pki/plant-internal-ca.pem"
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            base_url=os.environ["TELEMETRY_GATEWAY_URL"].rstrip("/"),
            token=os.environ["TELEMETRY_GATEWAY_TOKEN"],
            ca_bundle=os.environ.get("TELEMETRY_GATEWAY_CA", "/etc/pressing/pki/plant-internal-ca.pem"),
        )


class TelemetryGateway:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {settings.token}"
        self._session.verify = settings.ca_bundle

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(
            f"{self._settings.base_url}{path}", params=params, timeout=self._settings.timeout
        )
        resp.raise_for_status()
        return resp.json()

    def shift_averages(self, press_id: str, start: datetime, end: datetime) -> dict:
        return self._get(
            f"/v1/presses/{press_id}/averages",
            start=start.isoformat(),
            end=end.isoformat(),
            metrics="mould_temp_c,steam_pressure_bar,cycle_seconds,reject_rate",
        )

    def alarms(self, press_id: str, since: datetime) -> list[dict]:
        return self._get(f"/v1/presses/{press_id}/alarms", since=since.isoformat()).get("alarms", [])

    def shift_report(self, presses: list[str], start: datetime, end: datetime) -> list[dict]:
        report = []
        for press_id in presses:
            averages = self.shift_averages(press_id, start, end)
            report.append(
                {
                    "press_id": press_id,
                    "averages": averages,
                    "alarm_count": len(self.alarms(press_id, start)),
                }
            )
        return report
