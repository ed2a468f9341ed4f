"""Client for the box-office platform that sells seats for public marionette shows."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests

log = logging.getLogger("marionette.boxoffice")


@dataclass(frozen=True)
class BoxOfficeConfig:
    base_url: str
    api_token: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "BoxOfficeConfig":
        return cls(
            base_url=os.environ["BOXOFFICE_BASE_URL"],
            api_token=os.environ["BOXOFFICE_API_TOKEN"],
        )


class BoxOfficeError(RuntimeError):
    pass


class BoxOfficeClient:
    def __init__(self, config: BoxOfficeConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {config.api_token}",
                "Accept": "application/json",
                "User-Agent": "marionette-touring/2.3",
            }
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> Dict[str, Any]:
        url = f"{self._config.base_url.rstrip('/')}/{path.lstrip('/')}"
        log.debug("box office %s %s headers=%s", method, url, dict(self._session.headers))
        response = self._session.request(method, url, timeout=self._config.timeout, **kwargs)
        if response.status_code >= 400:
            raise BoxOfficeError(f"{method} {path} failed with HTTP {response.status_code}")
        return response.json()

    def create_event(self, show_title: str, venue: str, starts_at: str, capacity: int) -> str:
        body = {"title": show_title, "venue": venue, "starts_at": starts_at, "capacity": capacity}
        return self._request("POST", "/v2/events", json=body)["id"]

    def seats_sold(self, event_id: str) -> int:
        return int(self._request("GET", f"/v2/events/{event_id}/summary")["sold"])

    def list_orders(self, event_id: str, since: Optional[str] = None) -> List[Dict[str, Any]]:
        params = {"since": since} if since else None
        return self._request("GET", f"/v2/events/{event_id}/orders", params=params)["orders"]

    def close_sales(self, event_id: str) -> None:
        self._request("POST", f"/v2/events/{event_id}/close")
        log.info("closed sales for event %s", event_id)
