"""Pushes trophy engraving invoices to the external accounting service."""
import logging
from typing import Mapping

import requests

from pewterer.settings import ACCOUNTING_SETTINGS

logger = logging.getLogger(__name__)

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class AccountingExporter:
    def __init__(self, config: dict = ACCOUNTING_SETTINGS) -> None:
        self.base_url = config["base_url"].rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {config['api_token']}",
                "X-Ledger": config["ledger"],
                "Accept": "application/json",
            }
        )

    def push_invoice(self, invoice: dict) -> str:
        url = f"{self.base_url}/v1/invoices"
        logger.info("POST %s headers=%s", url, redact_headers(self.session.headers))
        resp = self.session.post(url, json=invoice, timeout=30)
        if not resp.ok:
            logger.warning("accounting export failed for %s: %s", invoice["number"], resp.status_code)
            resp.raise_for_status()
        return resp.json()["id"]


def export_engraving_invoice(order) -> str:
    invoice = {
        "number": f"ENG-{order.id:06d}",
        "customer": order.customer_name,
        "lines": [
            {"description": f"Engraving: {item.trophy_name}", "amount": str(item.price)}
            for item in order.items
        ],
    }
    return AccountingExporter().push_invoice(invoice)
