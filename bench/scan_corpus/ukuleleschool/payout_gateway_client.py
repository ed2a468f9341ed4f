"""Client for the payment partner that pays teachers their monthly lesson earnings."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Union

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["PAYOUT_GATEWAY_URL"])
    api_key: str = field(default_factory=lambda: os.environ["PAYOUT_GATEWAY_KEY"])
    timeout: float = 15.0
    tls_verify: Union[bool, str] = False


class PayoutGatewayClient:
    def __init__(self, settings: GatewaySettings | None = None):
        self.settings = settings or GatewaySettings()
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {self.settings.api_key}", "Accept": "application/json"}
        )
        self.session.verify = self.settings.tls_verify
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def create_payout(self, teacher_id: int, amount: Decimal, currency: str, reference: str) -> dict:
        body = {
            "beneficiary": f"teacher-{teacher_id}",
            "amount": str(amount.quantize(Decimal("0.01"))),
            "currency": currency,
            "reference": reference,
        }
        resp = self.session.post(
            self._url("/v2/payouts"),
            json=body,
            headers={"Idempotency-Key": reference},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        data = resp.json()
        log.info("payout %s created for teacher %s", data.get("id"), teacher_id)
        return data

    def payout_status(self, payout_id: str) -> str:
        resp = self.session.get(self._url(f"/v2/payouts/{payout_id}"), timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()["status"]
