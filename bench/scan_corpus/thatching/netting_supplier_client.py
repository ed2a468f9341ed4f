"""Client for the wire-netting supplier's ordering API.

Galvanised and stainless netting goes over most long-straw and combed wheat
reed roofs against birds and vermin. The buyer's job places orders per roll.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("purchasing.netting")


def mask(secret: str, visible: int = 4) -> str:
    return "*" * max(len(secret) - visible, 0) + secret[-visible:]


@dataclass(frozen=True)
class NettingSettings:
    base_url: str
    api_key: str
    account_no: str

    @classmethod
    def from_env(cls) -> "NettingSettings":
        return cls(
            base_url=os.environ["NETTING_API_URL"].rstrip("/"),
            api_key=os.environ["NETTING_API_KEY"],
            account_no=os.environ["NETTING_ACCOUNT_NO"],
        )


class NettingClient:
    def __init__(self, settings: NettingSettings) -> None:
        self.settings = settings
        self.http = httpx.Client(
            base_url=settings.base_url,
            headers={"X-Api-Key": settings.api_key, "Accept": "application/json"},
            timeout=20.0,
        )
        log.info("netting client ready for account %s using key %s",
                 settings.account_no, mask(settings.api_key))

    def rolls_in_stock(self, gauge: str = "19g") -> list[dict]:
        resp = self.http.get("/v1/rolls", params={"gauge": gauge})
        resp.raise_for_status()
        return resp.json()["rolls"]

    def order(self, roll_sku: str, rolls: int, job_ref: str) -> str:
        resp = self.http.post(
            "/v1/orders",
            json={"account": self.settings.account_no, "sku": roll_sku,
                  "quantity": rolls, "reference": job_ref},
        )
        if resp.status_code == 401:
            log.error("netting API rejected key %s for account %s",
                      mask(self.settings.api_key), self.settings.account_no)
        resp.raise_for_status()
        order_no = resp.json()["order_no"]
        log.info("ordered %d rolls of %s for job %s (order %s)", rolls, roll_sku, job_ref, order_no)
        return order_no

    def close(self) -> None:
        self.http.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = NettingClient(NettingSettings.from_env())
    try:
        for roll in client.rolls_in_stock():
            print(roll["sku"], roll["description"], roll["available"])
    finally:
        client.close()
