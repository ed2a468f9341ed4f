"""Client for the iron merchant's trade portal.

The workshop orders mild steel flat bar for tyres and hoops from the merchant.
Their trade portal has no API keys; a session is opened with the trade
account's username and password, then orders are placed as JSON.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

log = logging.getLogger("suppliers.iron")


@dataclass(frozen=True)
class TradeAccount:
    base_url: str
    username: str
    password: str
    account_no: str


class IronMerchantClient:
    def __init__(self, account: TradeAccount, timeout: float = 20.0) -> None:
        self._account = account
        self._timeout = timeout
        self._http = requests.Session()
        self._http.headers["User-Agent"] = "hollis-wheelwrights/2.3"

    def login(self) -> None:
        payload = {
            "username": self._account.username,
            "password": self._account.password,
            "account": self._account.account_no,
        }
        url = f"{self._account.base_url}/trade/session"
        log.debug("Opening trade session at %s with %s", url, payload)
        resp = self._http.post(url, json=payload, timeout=self._timeout)
        resp.raise_for_status()
        log.info("Trade session opened for account %s", self._account.account_no)

    def bar_price(self, width_mm: int, thickness_mm: int) -> dict:
        resp = self._http.get(
            f"{self._account.base_url}/trade/catalogue/flat-bar",
            params={"width": width_mm, "thickness": thickness_mm},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def order_tyre_bar(self, width_mm: int, thickness_mm: int, lengths_mm: list[int],
                       job_ref: str) -> str:
        body = {
            "account": self._account.account_no,
            "customer_ref": job_ref,
            "lines": [
                {"product": "FLAT-BAR", "width": width_mm, "thickness": thickness_mm,
                 "cut_length": length}
                for length in lengths_mm
            ],
        }
        resp = self._http.post(f"{self._account.base_url}/trade/orders", json=body,
                               timeout=self._timeout)
        resp.raise_for_status()
        order_no = resp.json()["order_number"]
        log.info("Ordered %d tyre bars for %s: order %s", len(lengths_mm), job_ref, order_no)
        return order_no
