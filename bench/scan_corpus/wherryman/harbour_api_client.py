"""Client for the harbour authority's operator API.

Covers berth requests, mooring fee statements and movement reports for
each sailing. The operator token is issued by the authority yearly.
"""
import logging
from typing import Any, Dict, Optional

import requests

from wherryman.settings import settings

log = logging.getLogger("wherryman.harbour")


class HarbourClient:
    def __init__(self, base_url: str = settings.HARBOUR_API_URL, token: str = settings.HARBOUR_API_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "X-Operator-Code": settings.OPERATOR_CODE,
            }
        )

    def _request(self, method: str, path: str, json: Optional[dict] = None) -> Dict[str, Any]:
        url = f"{self.base_url}{path}"
        log.debug("harbour %s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, json=json, timeout=20)
        log.debug("harbour %s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def request_berth(self, voyage_id: str, berth: str, arrive: str, depart: str) -> dict:
        return self._request(
            "POST",
            "/berth-requests",
            {"voyage": voyage_id, "berth": berth, "arrive": arrive, "depart": depart},
        )

    def fee_statement(self, month: str) -> dict:
        return self._request("GET", f"/mooring-fees/statements/{month}")

    def report_movement(self, vessel: str, event: str, at: str) -> dict:
        return self._request("POST", "/movements", {"vessel": vessel, "event": event, "at": at})
