"""Client for the telematics vendor's REST API.

Used by the fleet dashboard to pull engine hours, fuel level and last known
position for every crane, and by billing to reconcile hire days against
engine-on days.
"""
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, Iterator, List

import httpx


@dataclass(frozen=True)
class TelematicsApiSettings:
    base_url: str = field(default_factory=lambda: os.environ["TELEMATICS_API_URL"])
    api_key: str = "tlm_live_4Qm8ZrX2vKp9sT7eWj3nB6yH1cLd5fGa"
    timeout: float = 20.0
    page_size: int = 200


class TelematicsApiClient:
    def __init__(self, settings: TelematicsApiSettings = None) -> None:
        self._settings = settings or TelematicsApiSettings()
        self._client = httpx.Client(
            base_url=self._settings.base_url,
            headers={"X-Api-Key": self._settings.api_key, "Accept": "application/json"},
            timeout=self._settings.timeout,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "TelematicsApiClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _paged(self, path: str, params: Dict[str, str]) -> Iterator[dict]:
        cursor = None
        while True:
            query = dict(params, limit=str(self._settings.page_size))
            if cursor:
                query["cursor"] = cursor
            resp = self._client.get(path, params=query)
            resp.raise_for_status()
            body = resp.json()
            yield from body["items"]
            cursor = body.get("next_cursor")
            if not cursor:
                return

    def assets(self) -> List[dict]:
        return list(self._paged("/v3/assets", {"type": "crane"}))

    def engine_days(self, asset_id: str, start: date, end: date) -> List[date]:
        items = self._paged(
            f"/v3/assets/{asset_id}/engine-days",
            {"from": start.isoformat(), "to": end.isoformat()},
        )
        return [date.fromisoformat(item["date"]) for item in items if item["engine_on_minutes"] > 0]

    def last_position(self, asset_id: str) -> Dict[str, float]:
        resp = self._client.get(f"/v3/assets/{asset_id}/position")
        resp.raise_for_status()
        body = resp.json()
        return {"lat": body["lat"], "lon": body["lon"], "recorded_at": body["recorded_at"]}
