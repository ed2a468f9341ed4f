"""Client for the distributor's EDI gateway that forwards our wholesale invoices."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

from fletcher.conf import settings

logger = logging.getLogger("fletcher.edi")


@dataclass
class GatewayConfig:
    base_url: str
    api_token: str
    partner_id: str
    timeout: float = 15.0


class EdiGatewayClient:
    def __init__(self, cfg: GatewayConfig) -> None:
        self.cfg = cfg
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {cfg.api_token}",
                "X-Partner-Id": cfg.partner_id,
                "Accept": "application/json",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.cfg.base_url}{path}"
        logger.debug("EDI POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, json=payload, timeout=self.cfg.timeout)
        logger.debug("EDI POST %s -> %s", url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def send_invoice(self, invoice) -> str:
        payload = {
            "invoice_number": invoice.number,
            "dealer_gln": invoice.dealer.gln,
            "currency": invoice.currency,
            "lines": [
                {"sku": l.sku, "qty": l.quantity, "unit_price": str(l.unit_price)} for l in invoice.lines
            ],
        }
        return self._post("/v1/invoices", payload)["document_id"]


def default_client() -> EdiGatewayClient:
    return EdiGatewayClient(
        GatewayConfig(
            base_url=settings.EDI_BASE_URL,
            api_token=settings.EDI_API_TOKEN,
            partner_id=settings.EDI_PARTNER_ID,
        )
    )
