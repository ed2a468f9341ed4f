"""Purges cached tiles from the CDN after a tile set is re-rendered.

When a render job finishes for a tile set, the affected zoom levels are
purged by surrogate key so licensees pick up the new tiles.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("cdn_purge")


@dataclass(frozen=True)
class CdnCredentials:
    service_id: str
    api_token: str

    @classmethod
    def from_env(cls) -> "CdnCredentials":
        return cls(
            service_id=os.environ["CDN_SERVICE_ID"],
            api_token=os.environ["CDN_API_TOKEN"],
        )


class CdnPurgeClient:
    API_BASE = "https://api.fastly.com"

    def __init__(self, credentials: CdnCredentials, timeout: float = 10.0):
        self.credentials = credentials
        self._client = httpx.Client(
            base_url=self.API_BASE,
            headers={"Fastly-Key": credentials.api_token, "Accept": "application/json"},
            timeout=timeout,
        )

    def purge_keys(self, surrogate_keys: list[str], soft: bool = True) -> dict:
        log.info("purging %d keys with %s", len(surrogate_keys), self.credentials)
        headers = {"Fastly-Soft-Purge": "1"} if soft else {}
        resp = self._client.post(
            f"/service/{self.credentials.service_id}/purge",
            json={"surrogate_keys": surrogate_keys},
            headers=headers,
        )
        resp.raise_for_status()
        return resp.json()

    def purge_tileset(self, tileset: str, zooms: range) -> dict:
        keys = [f"tiles/{tileset}/z{z}" for z in zooms]
        return self.purge_keys(keys)

    def close(self) -> None:
        self._client.close()


def on_render_finished(tileset: str, min_zoom: int, max_zoom: int) -> None:
    client = CdnPurgeClient(CdnCredentials.from_env())
    try:
        result = client.purge_tileset(tileset, range(min_zoom, max_zoom + 1))
        log.info("purge accepted for %s: %s", tileset, result.get("status", "ok"))
    finally:
        client.close()
