"""Client for the drug monograph / pill-identification service."""
from __future__ import annotations

import os

import requests

API_KEY_ENV = "DRUGINFO_API_KEY"
API_KEY_HEADER = "X-Api-Key"
BASE_URL_ENV = "DRUGINFO_BASE_URL"


class DrugInfoClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 10.0) -> None:
        self._base_url = (base_url or os.environ[BASE_URL_ENV]).rstrip("/")
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = key

    def monograph(self, ndc: str) -> dict:
        resp = self._session.get(f"{self._base_url}/v2/monographs/{ndc}", timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def identify_pill(self, imprint: str, color: str | None = None, shape: str | None = None) -> list[dict]:
        params = {"imprint": imprint}
        if color:
            params["color"] = color
        if shape:
            params["shape"] = shape
        resp = self._session.get(f"{self._base_url}/v2/pills", params=params, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()["results"]
