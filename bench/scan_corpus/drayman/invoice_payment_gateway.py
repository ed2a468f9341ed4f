"""Direct debit collection for pub invoices.

Invoices on direct debit terms are submitted to the collection gateway on
their due date. The nightly job batches collections per account.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

from drayman.settings import settings

log = logging.getLogger("drayman.billing.gateway")


@dataclass
class Collection:
    invoice_number: str
    mandate_id: str
    amount: Decimal
    charge_date: str


class GatewayError(RuntimeError):
    pass


class CollectionGateway:
    def __init__(self, base_url: str = settings.DD_GATEWAY_URL, api_token: str = settings.DD_GATEWAY_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_token}",
                "Accept": "application/json",
                "DD-Version": "2024-03-01",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("gateway request url=%s headers=%s payload=%s", url, dict(self.session.headers), payload)
        resp = self.session.post(url, json=payload, timeout=20)
        if resp.status_code >= 400:
            raise GatewayError(f"{resp.status_code} from gateway for {path}")
        return resp.json()

    def submit(self, item: Collection) -> str:
        body = {
            "payments": {
                "amount": int(item.amount * 100),
                "currency": "GBP",
                "charge_date": item.charge_date,
                "reference": item.invoice_number,
                "links": {"mandate": item.mandate_id},
            }
        }
        result = self._post("/payments", body)
        return result["payments"]["id"]


def collect_due(items: list[Collection]) -> dict[str, str]:
    gateway = CollectionGateway()
    submitted = {}
    for item in items:
        submitted[item.invoice_number] = gateway.submit(item)
        log.info("submitted collection for %s", item.invoice_number)
    return submitted
