"""Client for the catalogue licensor's territory API, with request logging.

Requests are logged at debug level for support cases; credentials in headers
are masked before anything is written.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Mapping

import requests

log = logging.getLogger("karaoke.licensing.client")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class CatalogueLicenceClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = (base_url or os.environ["LICENSOR_BASE_URL"]).rstrip("/")
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Accept": "application/json",
                "X-Api-Key": api_key or os.environ["LICENSOR_API_KEY"],
            }
        )

    def _get(self, path: str, **params: Any) -> Any:
        url = f"{self.base_url}{path}"
        log.debug(
            "licensor GET %s params=%s headers=%s",
            url,
            params,
            redact_headers(self._session.headers),
        )
        resp = self._session.get(url, params=params, timeout=20)
        log.debug("licensor GET %s -> %s in %.2fs", url, resp.status_code, resp.elapsed.total_seconds())
        resp.raise_for_status()
        return resp.json()

    def licence_status(self, isrc: str, territory: str = "GB") -> dict:
        return self._get(f"/v2/recordings/{isrc}/licence", territory=territory)

    def expiring(self, territory: str, within_days: int = 30) -> list[dict]:
        return self._get(f"/v2/territories/{territory}/expiring", days=within_days)["items"]


def hide_expiring(client: CatalogueLicenceClient, hide, territory: str = "GB") -> int:
    items = client.expiring(territory)
    for item in items:
        hide(item["isrc"], item["expires_on"])
    log.info("%d recordings scheduled to be hidden in %s", len(items), territory)
    return len(items)
