"""Pulls absentee bids left on the third-party marketplace into our bid book.

Runs every few minutes from the scheduler until the sale's absentee book
closes, one hour before the auction starts.
"""

import logging
from datetime import datetime, timezone

import requests

log = logging.getLogger("auctionhouse.absentee_sync")


class MarketplaceAbsenteeSync:
    page_size = 100

    def __init__(self, base_url: str, api_token: str, bid_book, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.bid_book = bid_book
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Token {api_token}",
                "Accept": "application/json",
                "User-Agent": "auctionhouse-absentee-sync/1.4",
            }
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, dict(self.session.headers))
        resp = self.session.get(url, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def sync_sale(self, sale_code: str, since: datetime | None = None) -> int:
        imported = 0
        cursor = None
        while True:
            params = {"sale": sale_code, "limit": self.page_size}
            if since:
                params["updated_after"] = since.astimezone(timezone.utc).isoformat()
            if cursor:
                params["cursor"] = cursor
            page = self._get("/v2/absentee-bids", **params)
            for bid in page["results"]:
                self.bid_book.upsert_absentee(
                    sale_code=sale_code,
                    lot_number=int(bid["lot_number"]),
                    marketplace_bidder=bid["bidder_id"],
                    max_bid=int(bid["max_amount"]),
                )
                imported += 1
            cursor = page.get("next_cursor")
            if not cursor:
                break
        log.info("imported %d absentee bids for %s", imported, sale_code)
        return imported
