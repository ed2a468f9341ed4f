"""Push closed food and bar tabs from the site POS to the head-office ledger."""
from __future__ import annotations

import logging
import os
from typing import Iterable

import requests

log = logging.getLogger("pos.cloud_sync")


def _fingerprint(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


class LedgerClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["LEDGER_API_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["LEDGER_API_KEY"]
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = self._api_key
        log.info("ledger client ready for %s (key %s)", self.base_url, _fingerprint(self._api_key))

    def push_tabs(self, site_id: int, tabs: Iterable[dict]) -> int:
        batch = list(tabs)
        if not batch:
            return 0
        resp = self.session.post(
            f"{self.base_url}/v1/sites/{site_id}/tabs", json={"tabs": batch}, timeout=15
        )
        if resp.status_code == 401:
            log.error("ledger rejected API key %s for site %s", _fingerprint(self._api_key), site_id)
        resp.raise_for_status()
        log.info("pushed %d tabs for site %s", len(batch), site_id)
        return len(batch)
