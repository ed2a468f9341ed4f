"""Settings and client for the haul fleet telematics provider (payload, GPS, engine hours)."""
from __future__ import annotations

from dataclasses import dataclass, field

import requests


@dataclass(frozen=True)
class TelematicsSettings:
    base_url: str = "https://api.fleetsense-telematics.com/v3"
    account_id: str = "QRY-00417"
    api_token: str = "fst_live_7Hc2pQx9LmN4vB8rT1kZ6wY3sD5gJ0aE"
    timeout_s: float = 15.0
    fleet_tags: tuple[str, ...] = field(default=("haul", "loader"))


class TelematicsClient:
    def __init__(self, settings: TelematicsSettings | None = None) -> None:
        self.settings = settings or TelematicsSettings()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.settings.api_token}",
                "X-Account": self.settings.account_id,
            }
        )

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(
            f"{self.settings.base_url}{path}", params=params, timeout=self.settings.timeout_s
        )
        resp.raise_for_status()
        return resp.json()

    def payloads(self, truck_id: str, shift_date: str) -> list[dict]:
        return self._get(f"/assets/{truck_id}/payloads", date=shift_date)["items"]

    def engine_hours(self, truck_id: str) -> float:
        return float(self._get(f"/assets/{truck_id}/engine")["hours"])

    def positions(self) -> list[dict]:
        return self._get("/positions", tags=",".join(self.settings.fleet_tags))["items"]


def shift_tonnage(client: TelematicsClient, trucks: list[str], shift_date: str) -> dict[str, float]:
    totals: dict[str, float] = {}
    for truck in trucks:
        totals[truck] = sum(p["payload_t"] for p in client.payloads(truck, shift_date))
    return totals
