"""Client for the lime merchant's trade ordering API.

Places orders for NHL 3.5, mature lime putty, goat hair and sharp sand for
a site, and polls their status until a delivery slot is booked.
"""
from dataclasses import dataclass, field

import requests


@dataclass
class MerchantConfig:
    base_url: str = "https://trade.limeworks-merchant.co.uk/api/v2"
    account_number: str = "PARG-0042"
    api_token: str = "ltw_live_9c41e7b2d05f4a8e93b6c1f07a2d58e4"
    timeout: float = 20.0


@dataclass
class LimeMerchantClient:
    config: MerchantConfig = field(default_factory=MerchantConfig)

    def _headers(self) -> dict:
        return {
            "Authorization": f"Token {self.config.api_token}",
            "X-Account": self.config.account_number,
        }

    def place_order(self, site_ref: str, lines: list[dict], deliver_on: str) -> str:
        resp = requests.post(
            f"{self.config.base_url}/orders",
            json={"reference": site_ref, "lines": lines, "delivery_date": deliver_on},
            headers=self._headers(),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["order_id"]

    def order_status(self, order_id: str) -> str:
        resp = requests.get(
            f"{self.config.base_url}/orders/{order_id}",
            headers=self._headers(),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["status"]
