"""Python client for the archive's public search API.

    >>> client = ArchiveClient.from_env()
    >>> client.search("tithe maps", level="item")

The API key is read from ``ARCHIVE_API_KEY``; the base URL from
``ARCHIVE_API_URL``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import httpx

API_KEY_ENV = "ARCHIVE_API_KEY"
API_URL_ENV = "ARCHIVE_API_URL"
API_KEY_HEADER = "X-Api-Key"


@dataclass
class ArchiveClient:
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "ArchiveClient":
        try:
            return cls(base_url=os.environ[API_URL_ENV], api_key=os.environ[API_KEY_ENV])
        except KeyError as exc:
            raise RuntimeError(f"set {exc.args[0]} to use the archive API") from exc

    def _client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            headers={API_KEY_HEADER: self.api_key},
            timeout=self.timeout,
        )

    def search(self, query: str, **filters: Any) -> dict:
        with self._client() as client:
            resp = client.get("/v1/records", params={"q": query, **filters})
            resp.raise_for_status()
            return resp.json()

    def record(self, reference: str) -> dict:
        with self._client() as client:
            resp = client.get(f"/v1/records/{reference}")
            resp.raise_for_status()
            return resp.json()
