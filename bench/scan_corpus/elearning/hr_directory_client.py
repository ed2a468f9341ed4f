"""Pulls the employee directory from the HR gateway for the nightly user sync."""
import logging
import os
from typing import Iterator

import requests

logger = logging.getLogger(__name__)

REQUEST_DEFAULTS = {
    "timeout": (5, 60),
    "verify": False,
    "headers": {"Accept": "application/json"},
}


class HRDirectoryClient:
    page_size = 500

    def __init__(self, base_url: str, token: str | None = None, **overrides):
        self.base_url = base_url.rstrip("/")
        self._token = token or os.environ["HR_GATEWAY_TOKEN"]
        self._opts = {**REQUEST_DEFAULTS, **overrides}
        self._session = requests.Session()

    def _get(self, path: str, params: dict) -> dict:
        headers = {**self._opts["headers"], "Authorization": f"Bearer {self._token}"}
        opts = {k: v for k, v in self._opts.items() if k != "headers"}
        resp = self._session.get(f"{self.base_url}{path}", params=params, headers=headers, **opts)
        resp.raise_for_status()
        return resp.json()

    def employees(self, updated_since: str | None = None) -> Iterator[dict]:
        cursor = None
        while True:
            params = {"limit": self.page_size}
            if updated_since:
                params["updated_since"] = updated_since
            if cursor:
                params["cursor"] = cursor
            page = self._get("/v2/employees", params)
            yield from page.get("items", [])
            cursor = page.get("next_cursor")
            if not cursor:
                break
            logger.debug("HR directory: fetched %d rows, continuing", len(page.get("items", [])))

    def org_units(self) -> list[dict]:
        return self._get("/v2/org-units", {"limit": self.page_size}).get("items", [])
