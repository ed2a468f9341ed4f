"""Requests transit and wall-to-wall cover quotes from the fine-art insurer's API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import requests


@dataclass
class InsurerCredentials:
    account_id: str = "ANTQ-00417"
    api_key: str = "fa_live_9Kd2xQm7Rv4Tn8Lp3Zw6Hc1Yb5Ej0Ua"

    def headers(self) -> dict[str, str]:
        return {"X-Account": self.account_id, "X-Api-Key": self.api_key}


@dataclass
class CoverRequest:
    crate_id: str
    declared_value: Decimal
    origin_country: str
    destination_country: str
    items: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "reference": self.crate_id,
            "sum_insured": str(self.declared_value.quantize(Decimal("0.01"))),
            "route": {"from": self.origin_country, "to": self.destination_country},
            "items": self.items,
            "cover_type": "wall_to_wall",
        }


class InsurerQuoteClient:
    def __init__(self, credentials: InsurerCredentials | None = None) -> None:
        self.base_url = os.environ["INSURER_API_URL"].rstrip("/")
        self.credentials = credentials or InsurerCredentials()
        self.session = requests.Session()
        self.session.headers.update(self.credentials.headers())

    def quote(self, cover: CoverRequest) -> Decimal:
        response = self.session.post(f"{self.base_url}/quotes", json=cover.as_json(), timeout=15)
        response.raise_for_status()
        return Decimal(response.json()["premium"])

    def bind(self, quote_id: str) -> str:
        response = self.session.post(f"{self.base_url}/quotes/{quote_id}/bind", timeout=15)
        response.raise_for_status()
        return response.json()["policy_number"]
