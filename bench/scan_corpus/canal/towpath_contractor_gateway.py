"""Outbound calls to grounds-maintenance contractors for towpath work orders."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


class ContractorProtocol:
    API_KEY_HEADER = "X-Contractor-Api-Key"
    PASSWORD_GRANT = "password"
    TOKEN_PATH = "/oauth/token"
    ORDERS_PATH = "/work-orders"


@dataclass
class Contractor:
    code: str
    base_url: str
    key_env: str

    def api_key(self) -> str:
        try:
            return os.environ[self.key_env]
        except KeyError:
            raise RuntimeError(f"no API key configured for contractor {self.code}") from None


class WorkOrderGateway:
    def __init__(self, contractor: Contractor, client: httpx.Client | None = None) -> None:
        self.contractor = contractor
        self.client = client or httpx.Client(base_url=contractor.base_url, timeout=15.0)

    def _headers(self) -> dict[str, str]:
        return {ContractorProtocol.API_KEY_HEADER: self.contractor.api_key()}

    def raise_order(self, ticket_ref: str, section: str, job: str, due: str) -> str:
        body: dict[str, Any] = {"ticket": ticket_ref, "section": section, "job": job, "due": due}
        resp = self.client.post(ContractorProtocol.ORDERS_PATH, json=body, headers=self._headers())
        resp.raise_for_status()
        return resp.json()["order_id"]

    def order_status(self, order_id: str) -> str:
        resp = self.client.get(f"{ContractorProtocol.ORDERS_PATH}/{order_id}", headers=self._headers())
        resp.raise_for_status()
        return resp.json()["status"]


CONTRACTORS = {
    "GMX": Contractor("GMX", os.environ.get("GMX_API_URL", ""), "GMX_API_KEY"),
    "VERDANT": Contractor("VERDANT", os.environ.get("VERDANT_API_URL", ""), "VERDANT_API_KEY"),
}
