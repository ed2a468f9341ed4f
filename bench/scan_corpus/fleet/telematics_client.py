"""Client for the telematics provider's fleet data API.

Used by the nightly sync job and by the live-map backend to pull vehicle
positions, engine hours and fault codes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TelematicsConfig:
    base_url: str
    api_token: str
    page_size: int = 500
    timeout: float = 20.0


class TelematicsClient:
    def __init__(self, config: TelematicsConfig) -> None:
        self._cfg = config
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {config.api_token}",
                "Accept": "application/json",
                "User-Agent": "fleet-sync/4.2",
            }
        )
        retry = Retry(total=4, backoff_factor=0.8, status_forcelist=(429, 502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        self._session.verify = False

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        url = f"{self._cfg.base_url.rstrip('/')}/{path.lstrip('/')}"
        resp = self._session.get(url, params=params, timeout=self._cfg.timeout)
        resp.raise_for_status()
        return resp.json()

    def vehicle_locations(self, since: datetime) -> Iterator[dict[str, Any]]:
        cursor: str | None = None
        while True:
            page = self._get(
                "/v1/fleet/locations",
                startTime=since.isoformat(),
                limit=self._cfg.page_size,
                after=cursor,
            )
            yield from page["data"]
            cursor = page.get("pagination", {}).get("endCursor")
            if not cursor:
                break

    def fault_codes(self, vehicle_id: str) -> list[dict[str, Any]]:
        return self._get(f"/v1/fleet/vehicles/{vehicle_id}/faults")["data"]

    def engine_hours(self, vehicle_id: str) -> float:
        stats = self._get(f"/v1/fleet/vehicles/{vehicle_id}/stats", types="engineHours")
        return stats["engineHours"]["value"] / 3600.0

    def close(self) -> None:
        self._session.close()
