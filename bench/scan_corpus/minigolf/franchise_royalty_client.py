"""Submits monthly royalty statements from a franchise venue to the head-office API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import requests


@dataclass(frozen=True)
class HeadOfficeSettings:
    base_url: str
    client_cert: str
    client_key: str
    ca_bundle: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "HeadOfficeSettings":
        return cls(
            base_url=os.environ["HQ_API_URL"].rstrip("/"),
            client_cert=os.environ["HQ_CLIENT_CERT"],
            client_key=os.environ["HQ_CLIENT_KEY"],
            ca_bundle=os.environ.get("HQ_CA_BUNDLE", "/etc/puttpalace/hq-ca.pem"),
        )


@dataclass
class RoyaltyStatement:
    franchise_id: int
    period: date
    gross_rounds_pence: int
    gross_kiosk_pence: int
    gross_party_pence: int
    royalty_rate: Decimal = Decimal("0.06")

    @property
    def royalty_due_pence(self) -> int:
        gross = self.gross_rounds_pence + self.gross_kiosk_pence + self.gross_party_pence
        return int((Decimal(gross) * self.royalty_rate).to_integral_value())


class RoyaltyClient:
    def __init__(self, settings: HeadOfficeSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.cert = (settings.client_cert, settings.client_key)
        self._session.verify = settings.ca_bundle

    def submit(self, statement: RoyaltyStatement) -> str:
        payload = {
            "franchise_id": statement.franchise_id,
            "period": statement.period.strftime("%Y-%m"),
            "gross": {
                "rounds": statement.gross_rounds_pence,
                "kiosk": statement.gross_kiosk_pence,
                "parties": statement.gross_party_pence,
            },
            "royalty_due": statement.royalty_due_pence,
        }
        resp = self._session.post(
            f"{self._settings.base_url}/royalties/statements",
            json=payload,
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["statement_id"]

    def status(self, statement_id: str) -> str:
        resp = self._session.get(
            f"{self._settings.base_url}/royalties/statements/{statement_id}",
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["status"]
