"""Client for the corporate-events partner API (team-building bookings)."""
import logging
from typing import Any, Mapping

import requests

logger = logging.getLogger(__name__)

_SENSITIVE = {"authorization", "x-api-key", "cookie"}


def _redacted(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in _SENSITIVE else v) for k, v in headers.items()}


class PartnerApiClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_token}",
            "Accept": "application/json",
        })

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("%s %s headers=%s", method, url, _redacted(self.session.headers))
        resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        logger.debug("%s %s -> %s", method, path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def upcoming_events(self, venue_id: str) -> list[dict]:
        return self._request("GET", f"/venues/{venue_id}/events")["events"]

    def confirm_event(self, event_id: str, rooms: list[str]) -> dict:
        return self._request("POST", f"/events/{event_id}/confirm", json={"rooms": rooms})
