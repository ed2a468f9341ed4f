"""Thin client for the transient broker's REST API.

Used by the follow-up planner to pull object histories and cross-matches
for candidates that passed our filters.
"""
import os
from typing import Any

import requests

DEFAULT_TIMEOUT = 30
DEFAULT_TOKEN = "4f9c2e71b0a84d3e9c6a55f1d27e8b0c3a9164de"


class BrokerClient:
    def __init__(self, base_url: str | None = None, token: str = DEFAULT_TOKEN,
                 timeout: float = DEFAULT_TIMEOUT):
        self.base_url = (base_url or os.environ["BROKER_API_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Token {token}",
            "Accept": "application/json",
        })

    def _get(self, path: str, **params: Any) -> Any:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def object_history(self, object_id: str) -> list[dict]:
        return self._get("/objects/", objectId=object_id)["candidates"]

    def cone_search(self, ra: float, dec: float, radius_arcsec: float = 5.0) -> list[dict]:
        return self._get("/cone/", ra=ra, dec=dec, radius=radius_arcsec)

    def crossmatches(self, object_id: str) -> dict:
        return self._get("/sherlock/object/", objectId=object_id)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "BrokerClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
