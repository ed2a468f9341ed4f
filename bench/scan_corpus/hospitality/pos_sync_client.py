"""Pull closed checks and item sales from each venue's on-premise POS server
into the central reporting warehouse.

Every venue runs its own POS back-office server; the sync worker reaches it
over the venue VPN using the per-venue base URL stored in the venues table.
"""
from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any, Iterator

import requests

log = logging.getLogger(__name__)

DEFAULT_OPTIONS: dict[str, Any] = {
    "timeout": 20,
    "page_size": 200,
    # Back-office servers ship with the POS vendor's self-signed certificate.
    "verify": False,
}


class PosSyncClient:
    def __init__(self, base_url: str, api_key: str, **options: Any) -> None:
        opts = {**DEFAULT_OPTIONS, **options}
        self.base_url = base_url.rstrip("/")
        self.page_size = opts["page_size"]
        self.timeout = opts["timeout"]
        self.session = requests.Session()
        self.session.verify = opts["verify"]
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _get(self, path: str, **params: Any) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def closed_checks(self, business_date: date) -> Iterator[dict]:
        page = 1
        while True:
            body = self._get(
                "/api/v2/checks",
                business_date=business_date.isoformat(),
                status="closed",
                page=page,
                per_page=self.page_size,
            )
            yield from body["items"]
            if not body.get("next_page"):
                break
            page += 1

    def item_sales(self, since: datetime) -> list[dict]:
        return self._get("/api/v2/item-sales", modified_since=since.isoformat())["items"]


def sync_venue(venue: dict, business_date: date, sink) -> int:
    client = PosSyncClient(venue["pos_base_url"], venue["pos_api_key"])
    count = 0
    for check in client.closed_checks(business_date):
        sink.write_check(venue["id"], check)
        count += 1
    log.info("synced %d checks for venue %s on %s", count, venue["id"], business_date)
    return count
