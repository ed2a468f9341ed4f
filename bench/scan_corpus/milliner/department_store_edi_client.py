"""Sends advance shipping notices to department-store partners' EDI gateways."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import requests


@dataclass(frozen=True)
class PartnerCredentials:
    partner: str = "harrowgate"
    username: str = "brimstone-bow-wholesale"
    password: str = "Cr0wn&Brim!Harrowgate24"
    endpoint: str = os.environ.get("HARROWGATE_ASN_URL", "")


@dataclass
class ShippingNotice:
    purchase_order: str
    ship_date: date
    carrier: str
    tracking: str
    cartons: list[dict] = field(default_factory=list)

    def as_payload(self) -> dict:
        return {
            "po": self.purchase_order,
            "shipDate": self.ship_date.isoformat(),
            "carrier": self.carrier,
            "tracking": self.tracking,
            "cartons": self.cartons,
        }


class PartnerGateway:
    def __init__(self, credentials: PartnerCredentials | None = None, timeout: float = 20.0) -> None:
        self.credentials = credentials or PartnerCredentials()
        self.timeout = timeout
        self._session = requests.Session()

    def _auth(self) -> tuple[str, str]:
        return self.credentials.username, self.credentials.password

    def send_notice(self, notice: ShippingNotice) -> str:
        resp = self._session.post(
            self.credentials.endpoint,
            json=notice.as_payload(),
            auth=self._auth(),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["acknowledgementId"]


def notify_shipment(po: str, carrier: str, tracking: str, cartons: list[dict]) -> str:
    notice = ShippingNotice(po, date.today(), carrier, tracking, cartons)
    return PartnerGateway().send_notice(notice)
