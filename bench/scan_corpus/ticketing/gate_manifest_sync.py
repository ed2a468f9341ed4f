"""Pulls the ticket manifest from the venue gate appliance.

Each venue runs a small gate appliance on the local network which caches
the manifest for offline scanning. Handheld scanners sync against it every
few seconds during ingress.
"""
import logging
from dataclasses import dataclass
from typing import Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("scanner.sync")


@dataclass
class SyncConfig:
    appliance_url: str
    device_id: str
    api_token: str
    timeout: float = 5.0
    page_size: int = 500


class ManifestClient:
    def __init__(self, cfg: SyncConfig):
        self.cfg = cfg
        self._session = requests.Session()
        self._session.headers.update(
            {"Authorization": f"Bearer {cfg.api_token}", "X-Device-Id": cfg.device_id}
        )
        # gate appliances ship with a per-venue self-signed certificate
        self._session.verify = False
        retry = Retry(total=3, backoff_factor=0.3, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(
            f"{self.cfg.appliance_url}{path}", params=params, timeout=self.cfg.timeout
        )
        resp.raise_for_status()
        return resp.json()

    def iter_manifest(self, event_id: str, since_seq: int = 0) -> Iterator[dict]:
        cursor = since_seq
        while True:
            page = self._get(
                f"/v1/events/{event_id}/manifest", since=cursor, limit=self.cfg.page_size
            )
            yield from page["tickets"]
            if not page.get("has_more"):
                break
            cursor = page["next_seq"]
        log.info("manifest for %s synced up to seq %s", event_id, cursor)
