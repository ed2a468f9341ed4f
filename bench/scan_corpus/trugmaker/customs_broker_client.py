"""Client for the customs broker's declaration API.

The broker runs its API behind a certificate issued by its own private
CA, so the workshop ships the broker's CA bundle with the app and pins
the session to it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class BrokerSettings:
    base_url: str
    username: str
    api_token: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "BrokerSettings":
        return cls(
            base_url=os.environ["CUSTOMS_BROKER_URL"],
            username=os.environ["CUSTOMS_BROKER_USER"],
            api_token=os.environ["CUSTOMS_BROKER_TOKEN"],
            ca_bundle=os.environ.get("CUSTOMS_BROKER_CA", "/etc/trug/certs/broker-ca.pem"),
        )


@dataclass
class DeclarationItem:
    description: str
    commodity_code: str
    quantity: int
    value: Decimal
    origin: str = "GB"


class CustomsBrokerClient:
    def __init__(self, settings: BrokerSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.auth = (settings.username, settings.api_token)
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504), allowed_methods=None)
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def submit_declaration(self, order_ref: str, consignee: dict, items: list[DeclarationItem], incoterm: str = "DAP") -> str:
        payload = {
            "reference": order_ref,
            "incoterm": incoterm,
            "consignee": consignee,
            "items": [
                {
                    "description": i.description,
                    "hs_code": i.commodity_code,
                    "quantity": i.quantity,
                    "value": str(i.value),
                    "currency": "GBP",
                    "origin": i.origin,
                }
                for i in items
            ],
        }
        resp = self._session.post(f"{self._settings.base_url}/declarations", json=payload, timeout=30)
        resp.raise_for_status()
        return resp.json()["declaration_id"]

    def status(self, declaration_id: str) -> dict:
        resp = self._session.get(f"{self._settings.base_url}/declarations/{declaration_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()
