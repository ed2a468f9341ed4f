"""Client for the grindery wholesaler's trade API (soles, heels, welting, thread, rivets)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("cordwainer.suppliers.grindery")


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep * 2:
        return "*" * len(value)
    return f"{value[:keep]}…{value[-keep:]}"


@dataclass
class GrinderyClient:
    base_url: str = field(default_factory=lambda: os.environ.get(
        "GRINDERY_API_URL", "https://trade.grindery-supplies.co.uk/api"))
    api_key: str = field(default_factory=lambda: os.environ["GRINDERY_API_KEY"])
    account_no: str = field(default_factory=lambda: os.environ["GRINDERY_ACCOUNT_NO"])

    def __post_init__(self) -> None:
        self.session = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.headers.update({"X-Api-Key": self.api_key, "Accept": "application/json"})
        log.info("grindery client ready for account %s using key %s", self.account_no, mask(self.api_key))

    def price_list(self, category: str) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/prices", params={"category": category}, timeout=20)
        resp.raise_for_status()
        return resp.json()["items"]

    def place_order(self, lines: list[tuple[str, int]], reference: str) -> str:
        payload = {
            "account": self.account_no,
            "reference": reference,
            "lines": [{"sku": sku, "qty": qty} for sku, qty in lines],
        }
        resp = self.session.post(f"{self.base_url}/orders", json=payload, timeout=30)
        if not resp.ok:
            log.error("grindery order %s rejected: %s %s", reference, resp.status_code, resp.text[:300])
            resp.raise_for_status()
        order_no = resp.json()["order_no"]
        log.info("grindery order %s placed for %d lines (ref %s)", order_no, len(lines), reference)
        return order_no
