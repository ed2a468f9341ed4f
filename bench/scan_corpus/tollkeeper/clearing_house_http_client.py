"""HTTP client for the interoperability clearing-house API.

Wraps a requests session with partner authentication and request tracing
so that failed exchanges can be diagnosed from the application logs.
"""
import logging
import time

import requests

from tollkeeper.config import settings

logger = logging.getLogger("tollkeeper.clearing.http")


class ClearingHouseClient:
    def __init__(self, base_url: str = settings.CLEARING_HOUSE_URL, token: str = settings.CLEARING_HOUSE_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": "tollkeeper-clearing/3.2",
            }
        )

    def _send(self, method: str, path: str, **kwargs) -> requests.Response:
        request = requests.Request(method, f"{self.base_url}{path}", **kwargs)
        prepared = self.session.prepare_request(request)
        started = time.monotonic()
        response = self.session.send(prepared, timeout=20)
        elapsed_ms = (time.monotonic() - started) * 1000
        if response.status_code >= 400:
            logger.warning(
                "clearing call failed %s %s status=%s in %.0fms headers=%s",
                prepared.method,
                prepared.url,
                response.status_code,
                elapsed_ms,
                dict(prepared.headers),
            )
        return response

    def fetch_tag_status_list(self, issuer_code: str) -> list[dict]:
        response = self._send("GET", f"/v2/issuers/{issuer_code}/tag-status")
        response.raise_for_status()
        return response.json()["tags"]

    def post_trip(self, trip: dict) -> str:
        response = self._send("POST", "/v2/trips", json=trip)
        response.raise_for_status()
        return response.json()["trip_id"]
