"""Client for the card processor that takes gown and alteration deposits."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class ProcessorSettings:
    base_url: str = field(default_factory=lambda: os.environ["PROCESSOR_BASE_URL"])
    api_key: str = field(default_factory=lambda: os.environ["PROCESSOR_API_KEY"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("PROCESSOR_CA_BUNDLE", "/etc/ssl/certs/processor-chain.pem")
    )
    retries: int = 3


class DepositProcessor:
    def __init__(self, settings: ProcessorSettings | None = None) -> None:
        self.settings = settings or ProcessorSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers.update({"Authorization": f"Bearer {self.settings.api_key}"})
        retry = Retry(total=self.settings.retries, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def take_deposit(self, order_ref: str, card_token: str, amount: Decimal) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/charges",
            json={
                "source": card_token,
                "amount": int(amount * 100),
                "currency": "GBP",
                "description": f"Deposit for order {order_ref}",
            },
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def balance_due(self, order_total: Decimal, paid: list[Decimal]) -> Decimal:
        return max(Decimal("0"), order_total - sum(paid, Decimal("0")))
