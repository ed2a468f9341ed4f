"""Nightly sync of the rope-and-rigging wholesaler's published price list.

The wholesaler publishes one JSON price list; the job only downloads and
re-prices the catalogue when the ETag has changed since the last run.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

import requests

log = logging.getLogger("chandlery.pricing")


@dataclass
class SyncState:
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    item_count: int = 0


class PriceListSync:
    def __init__(self, feed_url: str, state_path: Path, api_token: str) -> None:
        self._feed_url = feed_url
        self._state_path = state_path
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"
        self._state = self._load_state()

    def _load_state(self) -> SyncState:
        if self._state_path.exists():
            return SyncState(**json.loads(self._state_path.read_text()))
        return SyncState()

    def _save_state(self) -> None:
        self._state_path.write_text(json.dumps(asdict(self._state)))

    def run(self, catalogue) -> bool:
        head = self._session.head(self._feed_url, timeout=15)
        head.raise_for_status()
        remote_etag = head.headers.get("ETag")
        if remote_etag is not None and remote_etag == self._state.etag:
            log.info("price list unchanged (etag %s), nothing to do", remote_etag)
            return False

        resp = self._session.get(self._feed_url, timeout=60)
        resp.raise_for_status()
        items = resp.json()["items"]
        for item in items:
            catalogue.update_cost("RRW", item["sku"], item["net_price"], item.get("pack", 1))

        self._state = SyncState(
            etag=resp.headers.get("ETag"),
            last_modified=resp.headers.get("Last-Modified"),
            item_count=len(items),
        )
        self._save_state()
        log.info("re-priced %d wholesaler items", len(items))
        return True


def build_from_env() -> PriceListSync:
    return PriceListSync(
        feed_url=os.environ["RRW_PRICE_FEED_URL"],
        state_path=Path(os.environ.get("RRW_STATE_FILE", "rrw-price-state.json")),
        api_token=os.environ["RRW_API_TOKEN"],
    )
