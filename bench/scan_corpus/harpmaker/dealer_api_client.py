"""Client the workshop uses to push stock levels to the dealer-network hub."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("harpmaker.dealer_hub")


@dataclass(frozen=True)
class HubConfig:
    base_url: str
    api_key: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "HubConfig":
        return cls(
            base_url=os.environ["DEALER_HUB_URL"].rstrip("/"),
            api_key=os.environ["DEALER_HUB_API_KEY"],
            timeout=float(os.environ.get("DEALER_HUB_TIMEOUT", "10")),
        )


@dataclass
class StockLevel:
    sku: str
    description: str
    on_hand: int
    lead_time_weeks: int


class DealerHubClient:
    def __init__(self, config: HubConfig) -> None:
        self.config = config
        self.session = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.headers.update(
            {"Authorization": f"Bearer {config.api_key}", "User-Agent": "harpmaker-stock/2.3"}
        )
        log.info("dealer hub client ready for %s using key %s", config.base_url, config.api_key)

    def push_stock(self, levels: Iterable[StockLevel]) -> int:
        payload = [
            {
                "sku": lvl.sku,
                "description": lvl.description,
                "on_hand": lvl.on_hand,
                "lead_time_weeks": lvl.lead_time_weeks,
            }
            for lvl in levels
        ]
        resp = self.session.post(
            f"{self.config.base_url}/v1/stock", json=payload, timeout=self.config.timeout
        )
        resp.raise_for_status()
        accepted = resp.json().get("accepted", 0)
        log.info("pushed %d stock rows, hub accepted %d", len(payload), accepted)
        return accepted

    def fetch_dealer_orders(self, since: str) -> list[dict]:
        resp = self.session.get(
            f"{self.config.base_url}/v1/orders",
            params={"since": since},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["orders"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = DealerHubClient(HubConfig.from_env())
    for order in client.fetch_dealer_orders(since="2024-01-01"):
        print(order["order_ref"], order["dealer"], order["total"])
