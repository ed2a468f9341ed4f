"""Purges tile URLs from the CDN after a layer is re-rendered."""
import logging
import os
from typing import Iterable

import requests

from cartographer.config import settings

log = logging.getLogger(__name__)
BATCH_SIZE = 30


class CdnPurgeClient:
    def __init__(self, zone_id: str = settings.CDN_ZONE_ID):
        self.zone_id = zone_id
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {os.environ['CDN_API_TOKEN']}",
            "Content-Type": "application/json",
        })

    def _endpoint(self) -> str:
        return f"{settings.CDN_API_BASE}/zones/{self.zone_id}/purge_cache"

    def purge_urls(self, urls: Iterable[str]) -> int:
        batch, purged = [], 0
        for url in urls:
            batch.append(url)
            if len(batch) == BATCH_SIZE:
                purged += self._send(batch)
                batch = []
        if batch:
            purged += self._send(batch)
        return purged

    def _send(self, files: list) -> int:
        resp = self.session.post(self._endpoint(), json={"files": files}, timeout=15)
        resp.raise_for_status()
        log.info("purged %d tile URLs from zone %s", len(files), self.zone_id)
        return len(files)


def purge_layer(layer: str, zooms: range, tiles_for_zoom) -> int:
    client = CdnPurgeClient()
    urls = (f"{settings.TILE_CDN_ORIGIN}/{layer}/{z}/{x}/{y}.png"
            for z in zooms for x, y in tiles_for_zoom(z))
    return client.purge_urls(urls)
