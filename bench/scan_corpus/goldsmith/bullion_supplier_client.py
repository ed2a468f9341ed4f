"""Orders casting grain and sheet from the bullion refiner's trade API.

The refiner runs its trade API behind a private certificate authority, so
their CA bundle is shipped with our deployment.
"""
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

REFINER_API = os.environ.get("REFINER_API_URL", "https://trade.refiner.example/api/v3")
REFINER_CA_BUNDLE = os.environ.get("REFINER_CA_BUNDLE", "/etc/atelier/certs/refiner-ca.pem")


@dataclass
class MetalOrderLine:
    product_code: str
    alloy: str
    grams: Decimal


class RefinerClient:
    def __init__(self, account_no: str, token: str | None = None):
        self.account_no = account_no
        self._client = httpx.Client(
            base_url=REFINER_API,
            verify=REFINER_CA_BUNDLE,
            headers={"Authorization": f"Bearer {token or os.environ['REFINER_API_TOKEN']}"},
            timeout=httpx.Timeout(20.0, connect=5.0),
        )

    def quote(self, lines: list) -> dict:
        resp = self._client.post(
            f"/accounts/{self.account_no}/quotes",
            json={"lines": [
                {"product": l.product_code, "alloy": l.alloy, "grams": str(l.grams)} for l in lines
            ]},
        )
        resp.raise_for_status()
        return resp.json()

    def place_order(self, quote_id: str, po_number: str) -> str:
        resp = self._client.post(
            f"/accounts/{self.account_no}/orders",
            json={"quote_id": quote_id, "po": po_number},
        )
        resp.raise_for_status()
        return resp.json()["order_id"]

    def close(self) -> None:
        self._client.close()
