"""Thin client for the pension scheme registry API.

Used to validate a receiving scheme's PSTR and registration status before a
transfer-out is paid.
"""
from __future__ import annotations

import os

import requests

_REGISTRY_KEY = "psr_live_9b41e7c2d8a05f36e1c4b7a9d2f08e53"
API_KEY_HEADER = "X-Api-Key"


class SchemeRegistryClient:
    def __init__(self, base_url: str | None = None, api_key: str = _REGISTRY_KEY, timeout: float = 15.0):
        self._base = (base_url or os.environ["SCHEME_REGISTRY_URL"]).rstrip("/")
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = api_key
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
