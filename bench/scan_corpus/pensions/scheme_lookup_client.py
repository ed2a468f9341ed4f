"""Client for the pension scheme registry, used by the transfers team to
check a receiving scheme before paying a transfer value.
"""
from __future__ import annotations

import os

import requests

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "SCHEME_REGISTRY_API_KEY"


class SchemeLookupClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15.0):
        self._base = (base_url or os.environ["SCHEME_REGISTRY_URL"]).rstrip("/")
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = api_key or os.environ[API_KEY_ENV]
        self._timeout = timeout

    def lookup(self, pstr: str) -> dict:
        resp = self._session.get(f"{self._base}/schemes/{pstr}", timeout=self._timeout)
        if resp.status_code == 404:
            return {}
        resp.raise_for_status()
        return resp.json()

    def is_registered(self, pstr: str) -> bool:
        scheme = self.lookup(pstr)
        return scheme.get("status") == "registered" and not scheme.get("deregistered_on")
