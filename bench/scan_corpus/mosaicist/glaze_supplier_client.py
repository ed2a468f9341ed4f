"""Client for the glaze and smalti supplier's trade ordering API."""
import logging
from dataclasses import dataclass

import requests

from studio.settings import GLAZE_SUPPLIER

logger = logging.getLogger("studio.suppliers.glaze")


@dataclass
class OrderLine:
    sku: str
    kilos: float


class GlazeSupplierClient:
    def __init__(self, base_url: str = GLAZE_SUPPLIER["base_url"],
                 api_token: str = GLAZE_SUPPLIER["api_token"]):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("POST %s headers=%s body=%s", url, dict(self.session.headers), payload)
        resp = self.session.post(url, json=payload, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def price_check(self, skus: list[str]) -> dict[str, int]:
        data = self._post("/v2/prices", {"skus": skus})
        return {item["sku"]: item["price_pence"] for item in data["items"]}

    def place_order(self, purchase_order: str, lines: list[OrderLine]) -> str:
        data = self._post(
            "/v2/orders",
            {
                "po_number": purchase_order,
                "lines": [{"sku": l.sku, "kg": l.kilos} for l in lines],
                "delivery": "studio",
            },
        )
        logger.info("glaze order %s accepted as %s", purchase_order, data["order_id"])
        return data["order_id"]
