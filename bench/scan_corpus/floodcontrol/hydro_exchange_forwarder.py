"""Forwards validated gauge readings to the national hydrometric data exchange."""

import os
from dataclasses import dataclass
from typing import Sequence

import httpx


@dataclass
class ExchangeSettings:
    base_url: str
    api_token: str
    provider_id: str

    @classmethod
    def from_env(cls) -> "ExchangeSettings":
        return cls(
            base_url=os.environ["HYDRO_EXCHANGE_URL"],
            api_token=os.environ["HYDRO_EXCHANGE_TOKEN"],
            provider_id=os.environ.get("HYDRO_PROVIDER_ID", "RFCA"),
        )


class ExchangeForwarder:
    def __init__(self, settings: ExchangeSettings) -> None:
        self.settings = settings
        self.client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Token {settings.api_token}", "User-Agent": "rfca-forwarder/2.3"},
            timeout=httpx.Timeout(15.0, connect=5.0),
        )

    @staticmethod
    def _observation(reading: dict) -> dict:
        return {
            "station": reading["station_code"],
            "time": reading["recorded_at"],
            "parameter": "stage",
            "value": round(float(reading["level_m"]), 3),
            "unit": "m",
            "qualifier": reading.get("quality_flag", "G"),
        }

    def forward(self, readings: Sequence[dict]) -> int:
        body = {
            "provider": self.settings.provider_id,
            "observations": [self._observation(r) for r in readings],
        }
        resp = self.client.post("/v1/observations", json=body)
        resp.raise_for_status()
        return int(resp.json().get("accepted", 0))
