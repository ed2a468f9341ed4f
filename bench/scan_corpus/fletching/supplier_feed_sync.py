"""Pulls the feather supplier's trade stock feed (barred turkey, shield and parabolic cuts)."""
import logging
import os

import requests

log = logging.getLogger("stock.supplier")

FEED_URL = "https://trade.featherline-supply.com/api/stock"


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible * 2:
        return "*" * len(secret)
    return "*" * 8 + secret[-visible:]


class SupplierFeed:
    def __init__(self, account: str, api_key: str):
        self.account = account
        self.api_key = api_key
        self.session = requests.Session()
        self.session.headers.update({"X-Account": account, "X-Api-Key": api_key})

    @classmethod
    def from_env(cls) -> "SupplierFeed":
        feed = cls(os.environ["FEATHERLINE_ACCOUNT"], os.environ["FEATHERLINE_API_KEY"])
        log.info("supplier feed configured for account %s with key %s", feed.account, mask(feed.api_key))
        return feed

    def fetch(self, since: str | None = None) -> list[dict]:
        params = {"updated_since": since} if since else {}
        resp = self.session.get(FEED_URL, params=params, timeout=30)
        if resp.status_code == 401:
            log.error("supplier rejected credentials for account %s (key %s)", self.account, mask(self.api_key))
            return []
        resp.raise_for_status()
        items = resp.json()["items"]
        log.info("received %d stock lines from supplier", len(items))
        return items


def sync(repo) -> int:
    feed = SupplierFeed.from_env()
    items = feed.fetch(since=repo.last_supplier_sync())
    for item in items:
        repo.upsert_feather_stock(
            sku=item["sku"],
            colour=item["colour"],
            cut=item["cut"],
            wing=item.get("wing", "RW"),
            qty=item["available"],
        )
    repo.mark_supplier_sync()
    return len(items)
