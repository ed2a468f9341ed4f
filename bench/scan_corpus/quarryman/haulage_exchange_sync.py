"""Publishes spare loading capacity to the regional haulage exchange.

When the quarry has more outbound tonnage than its regular hauliers can
carry, the spare loads are posted to the haulage exchange so other
hauliers can bid for them. Accepted bids come back as bookings.
"""

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("quarryman.exchange")


@dataclass
class ExchangeSettings:
    base_url: str
    api_key: str
    account_id: str

    @classmethod
    def from_env(cls) -> "ExchangeSettings":
        return cls(
            base_url=os.environ.get("HAULAGE_EXCHANGE_URL", "https://api.haulexchange.example/v1"),
            api_key=os.environ["HAULAGE_EXCHANGE_API_KEY"],
            account_id=os.environ["HAULAGE_EXCHANGE_ACCOUNT"],
        )


@dataclass
class SpareLoad:
    product: str
    tonnes: float
    collect_from: datetime
    deliver_to_postcode: str
    rate_per_tonne: float


class ExchangeClient:
    def __init__(self, settings: ExchangeSettings | None = None) -> None:
        self.settings = settings or ExchangeSettings.from_env()
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {self.settings.api_key}", "Accept": "application/json"}
        )

    def publish(self, load: SpareLoad) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/accounts/{self.settings.account_id}/loads",
            json={
                "product": load.product,
                "tonnes": load.tonnes,
                "collect_from": load.collect_from.isoformat(),
                "delivery_postcode": load.deliver_to_postcode,
                "rate_per_tonne": load.rate_per_tonne,
            },
            timeout=15,
        )
        resp.raise_for_status()
        load_id = resp.json()["load_id"]
        log.info("Published %.1f t of %s as exchange load %s", load.tonnes, load.product, load_id)
        return load_id

    def accepted_bids(self, since: datetime) -> list[dict]:
        resp = self.session.get(
            f"{self.settings.base_url}/accounts/{self.settings.account_id}/bids",
            params={"status": "accepted", "since": since.isoformat()},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["bids"]
