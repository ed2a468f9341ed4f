"""Books courier collections for bottle-shop orders shipped to customers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests


@dataclass(frozen=True)
class CourierSettings:
    base_url: str
    account_number: str
    api_key: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "CourierSettings":
        return cls(
            base_url=os.environ["COURIER_API_URL"].rstrip("/"),
            account_number=os.environ["COURIER_ACCOUNT_NUMBER"],
            api_key=os.environ["COURIER_API_KEY"],
        )


@dataclass
class Parcel:
    order_ref: str
    bottles: int
    weight_kg: Decimal
    postcode: str
    recipient: str
    address_lines: list[str]


class CourierClient:
    def __init__(self, settings: CourierSettings):
        self._settings = settings
        self._session = requests.Session()
        self._session.headers.update(
            {"X-Api-Key": settings.api_key, "Accept": "application/json"}
        )

    def quote(self, parcel: Parcel) -> Decimal:
        resp = self._session.get(
            f"{self._settings.base_url}/v2/quotes",
            params={
                "account": self._settings.account_number,
                "postcode": parcel.postcode,
                "weight": str(parcel.weight_kg),
                "fragile": "true",
            },
            timeout=15,
        )
        resp.raise_for_status()
        return Decimal(str(resp.json()["price"]))

    def book(self, parcel: Parcel) -> str:
        resp = self._session.post(
            f"{self._settings.base_url}/v2/shipments",
            json={
                "account": self._settings.account_number,
                "reference": parcel.order_ref,
                "recipient": {
                    "name": parcel.recipient,
                    "address": parcel.address_lines,
                    "postcode": parcel.postcode,
                },
                "parcel": {"weight_kg": str(parcel.weight_kg), "contents": f"{parcel.bottles} bottles of cider"},
                "fragile": True,
            },
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["tracking_number"]
