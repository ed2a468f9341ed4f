"""Identity-verification (KBA / document check) vendor client."""
from __future__ import annotations

import logging
from typing import Any

import requests

from taxprep.conf import settings

logger = logging.getLogger("taxprep.idv")


class IdvError(Exception):
    pass


class IdvClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or settings.IDV_BASE_URL).rstrip("/")
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {api_key or settings.IDV_API_KEY}",
                "Accept": "application/json",
            }
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("IDV %s %s headers=%s", method, url, dict(self._session.headers))
        resp = self._session.request(method, url, timeout=15, **kwargs)
        if resp.status_code >= 400:
            raise IdvError(f"{resp.status_code} from IDV vendor on {path}")
        return resp.json()

    def start_session(self, client_id: str, return_url: str) -> dict:
        return self._request(
            "POST",
            "/v1/sessions",
            json={"reference": client_id, "redirect_url": return_url},
        )

    def get_result(self, session_id: str) -> dict:
        data = self._request("GET", f"/v1/sessions/{session_id}")
        return {
            "status": data.get("status"),
            "score": data.get("risk_score"),
            "checks": data.get("checks", []),
        }
