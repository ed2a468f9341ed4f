"""Authenticated session for the hardware wholesaler's ordering API.

Purchase orders for stock replenishment are placed through the
wholesaler's REST API. The token issued to us by the wholesaler is read
from the environment and sent only to the wholesaler's own API host.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("purchasing.wholesaler")


@dataclass(frozen=True)
class WholesalerConfig:
    base_url: str
    account_no: str
    token: str

    @classmethod
    def from_env(cls) -> "WholesalerConfig":
        return cls(
            base_url=os.environ["WHOLESALER_API_URL"].rstrip("/"),
            account_no=os.environ["WHOLESALER_ACCOUNT_NO"],
            token=os.environ["WHOLESALER_API_TOKEN"],
        )


def build_session(config: WholesalerConfig) -> requests.Session:
    session = requests.Session()
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["Authorization"] = f"Bearer {config.token}"
    session.headers["Accept"] = "application/json"
    return session


class PurchaseOrderClient:
    def __init__(self, config: WholesalerConfig | None = None) -> None:
        self.config = config or WholesalerConfig.from_env()
        self.session = build_session(self.config)

    def place_order(self, po_number: str, lines: list[dict], deliver_to_branch: str) -> str:
        payload = {
            "account": self.config.account_no,
            "customer_po": po_number,
            "delivery_point": deliver_to_branch,
            "lines": [{"sku": l["sku"], "qty": int(l["qty"])} for l in lines],
        }
        resp = self.session.post(f"{self.config.base_url}/v2/orders", json=payload, timeout=30)
        resp.raise_for_status()
        order_ref = resp.json()["order_reference"]
        log.info("Placed PO %s with wholesaler as %s (%d lines)", po_number, order_ref, len(lines))
        return order_ref

    def order_status(self, order_ref: str) -> dict:
        resp = self.session.get(f"{self.config.base_url}/v2/orders/{order_ref}", timeout=15)
        resp.raise_for_status()
        return resp.json()
