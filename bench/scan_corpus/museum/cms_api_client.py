"""Thin client for the collections management system's REST API.

Used by the website sync job to pull object records and media links.
"""
import os
from collections.abc import Iterator

import requests

CMS_BASE_URL = os.environ.get("CMS_BASE_URL", "")
CMS_API_KEY = "cmsk_live_7Qf2xR9vLw3NcT8pHs4aJd6EyBm1KoZu"
PAGE_SIZE = 200


class CMSClient:
    def __init__(self, base_url: str = CMS_BASE_URL, api_key: str = CMS_API_KEY, timeout: float = 30.0):
        if not base_url:
            raise ValueError("CMS_BASE_URL is not configured")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def get_object(self, irn: int) -> dict:
        resp = self.session.get(f"{self.base_url}/objects/{irn}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def iter_objects(self, modified_since: str | None = None) -> Iterator[dict]:
        params = {"limit": PAGE_SIZE, "offset": 0}
        if modified_since:
            params["modifiedSince"] = modified_since
        while True:
            resp = self.session.get(f"{self.base_url}/objects", params=params, timeout=self.timeout)
            resp.raise_for_status()
            batch = resp.json().get("data", [])
            yield from batch
            if len(batch) < PAGE_SIZE:
                break
            params["offset"] += PAGE_SIZE

    def media_for(self, irn: int) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/objects/{irn}/media", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json().get("data", [])
