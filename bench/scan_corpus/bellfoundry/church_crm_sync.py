"""Pushes church and carillon customer orders into the sales CRM every night."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Dict, Iterable, List

import requests

log = logging.getLogger("foundry.crm_sync")


@dataclass
class CrmCredentials:
    base_url: str
    api_token: str

    @classmethod
    def from_env(cls) -> "CrmCredentials":
        return cls(base_url=os.environ["CRM_BASE_URL"], api_token=os.environ["CRM_API_TOKEN"])


class CrmClient:
    def __init__(self, credentials: CrmCredentials) -> None:
        self.credentials = credentials
        self.session = requests.Session()

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.credentials.api_token}",
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: Dict[str, object]) -> Dict[str, object]:
        url = f"{self.credentials.base_url.rstrip('/')}{path}"
        headers = self._headers()
        log.info("CRM POST %s headers=%s", url, headers)
        resp = self.session.post(url, json=payload, headers=headers, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def upsert_order(self, order: Dict[str, object]) -> str:
        body = self._post("/api/deals/upsert", {
            "external_id": order["order_ref"],
            "account": order["parish"],
            "amount": str(order["total"]),
            "stage": order["stage"],
        })
        return str(body.get("id"))


def sync_orders(orders: Iterable[Dict[str, object]]) -> List[str]:
    client = CrmClient(CrmCredentials.from_env())
    synced: List[str] = []
    for order in orders:
        try:
            synced.append(client.upsert_order(order))
        except requests.HTTPError as exc:
            log.error("CRM rejected order %s: %s", order.get("order_ref"), exc)
    log.info("synced %d orders to CRM", len(synced))
    return synced
