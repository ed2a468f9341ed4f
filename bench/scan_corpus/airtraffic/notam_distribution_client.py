"""Publishes approved NOTAMs to the regional distribution service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import httpx


@dataclass(frozen=True)
class DistributionSettings:
    base_url: str
    api_token: str
    ca_bundle: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "DistributionSettings":
        return cls(
            base_url=os.environ["NOTAM_DIST_BASE_URL"],
            api_token=os.environ["NOTAM_DIST_API_TOKEN"],
            ca_bundle=os.environ.get("NOTAM_DIST_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


class DistributionClient:
    def __init__(self, settings: DistributionSettings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers=self._headers(),
            verify=settings.ca_bundle,
            timeout=settings.timeout,
        )

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.settings.api_token}",
            "Accept": "application/json",
        }

    def publish(self, notam: Dict[str, Any]) -> str:
        response = self._client.post("/v2/notams", json=notam)
        response.raise_for_status()
        return response.json()["distribution_id"]

    def publish_many(self, notams: List[Dict[str, Any]]) -> List[str]:
        return [self.publish(n) for n in notams]

    def withdraw(self, series: str, number: int, year: int) -> None:
        response = self._client.delete(f"/v2/notams/{series}{number:04d}-{year % 100:02d}")
        response.raise_for_status()

    def close(self) -> None:
        self._client.close()
