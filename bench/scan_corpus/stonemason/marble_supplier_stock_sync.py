"""Synchronises marble and limestone stock levels from a supplier's API.

The supplier sits behind a private certificate authority, so the CA bundle
they issued is shipped with the deployment and pinned for this client.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StockSyncSettings:
    base_url: str
    api_key: str
    ca_bundle: str = "/etc/stonemason/certs/marble-supplier-ca.pem"
    max_attempts: int = 5

    @classmethod
    def from_env(cls) -> "StockSyncSettings":
        return cls(
            base_url=os.environ["MARBLE_SUPPLIER_URL"],
            api_key=os.environ["MARBLE_SUPPLIER_KEY"],
            ca_bundle=os.environ.get("MARBLE_SUPPLIER_CA", cls.ca_bundle),
        )


class StockSync:
    def __init__(self, settings: StockSyncSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers["Authorization"] = f"Token {settings.api_key}"

    def _get_with_retry(self, path: str) -> dict:
        url = f"{self.settings.base_url.rstrip('/')}{path}"
        for attempt in range(1, self.settings.max_attempts + 1):
            try:
                resp = self.session.get(url, timeout=20)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return resp.json()
            except requests.ConnectionError as exc:
                log.warning("attempt %d to %s failed: %s", attempt, path, exc)
            time.sleep(min(30.0, 2 ** attempt) + random.uniform(0, 1.5))
        raise RuntimeError(f"supplier API unavailable after {self.settings.max_attempts} tries")

    def stock_levels(self) -> dict[str, float]:
        data = self._get_with_retry("/api/stock/slabs")
        return {row["code"]: float(row["m2_available"]) for row in data["slabs"]}


def run_sync(db) -> int:
    sync = StockSync(StockSyncSettings.from_env())
    levels = sync.stock_levels()
    for code, m2 in levels.items():
        db.execute("UPDATE materials SET supplier_m2 = ? WHERE supplier_code = ?", (m2, code))
    db.commit()
    log.info("updated %d marble stock lines", len(levels))
    return len(levels)
