"""Client for the smart gas meter gateway that reports forge burner consumption."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import List
from urllib.parse import urlparse

import httpx


@dataclass(frozen=True)
class GatewayEndpoint:
    base_url: str
    site_id: str
    timeout_s: float = 10.0

    @classmethod
    def from_env(cls) -> "GatewayEndpoint":
        base_url = os.environ["GAS_GATEWAY_URL"]
        if urlparse(base_url).scheme != "https":
            raise ValueError("GAS_GATEWAY_URL must be an https URL")
        return cls(base_url=base_url.rstrip("/"), site_id=os.environ["GAS_GATEWAY_SITE"])


@dataclass
class BurnerSample:
    meter_id: str
    at: datetime
    flow_m3h: float


class GasGatewayClient:
    def __init__(self, endpoint: GatewayEndpoint, token: str) -> None:
        self.endpoint = endpoint
        self._http = httpx.Client(
            base_url=endpoint.base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=endpoint.timeout_s,
        )

    @classmethod
    def connect(cls) -> "GasGatewayClient":
        return cls(GatewayEndpoint.from_env(), os.environ["GAS_GATEWAY_TOKEN"])

    def samples(self, since: datetime) -> List[BurnerSample]:
        resp = self._http.get(
            f"/sites/{self.endpoint.site_id}/samples", params={"since": since.isoformat()}
        )
        resp.raise_for_status()
        return [
            BurnerSample(s["meter"], datetime.fromisoformat(s["at"]), float(s["flow"]))
            for s in resp.json()["samples"]
        ]

    def total_m3(self, since: datetime) -> float:
        samples = self.samples(since)
        if len(samples) < 2:
            return 0.0
        hours = (samples[-1].at - samples[0].at).total_seconds() / 3600
        return round(sum(s.flow_m3h for s in samples) / len(samples) * hours, 3)

    def close(self) -> None:
        self._http.close()
