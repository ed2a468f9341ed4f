"""Client for the yarn mill's ordering API (merino, nylon and elastane cones)."""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("hosier.suppliers.mill")


@dataclass
class MillConfig:
    base_url: str = os.environ.get("MILL_API_URL", "https://api.northmill-yarns.co.uk/v2")
    token: str = os.environ.get("MILL_API_TOKEN", "")
    timeout: float = 15.0


class MillClient:
    def __init__(self, cfg: MillConfig | None = None):
        self.cfg = cfg or MillConfig()
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {self.cfg.token}",
            "Accept": "application/json",
        })

    def _request(self, method: str, path: str, **kw) -> dict:
        url = f"{self.cfg.base_url}{path}"
        resp = self.session.request(method, url, timeout=self.cfg.timeout, **kw)
        if resp.status_code >= 400:
            log.error(
                "mill API %s %s failed with %s; request headers=%s body=%s",
                method, url, resp.status_code, dict(resp.request.headers), resp.text[:500],
            )
            resp.raise_for_status()
        return resp.json()

    def cone_stock(self, article: str) -> list[dict]:
        return self._request("GET", f"/articles/{article}/stock")["lots"]

    def place_order(self, article: str, colour: str, kg: float, po_ref: str) -> str:
        body = {"article": article, "colour": colour, "quantity_kg": kg, "customer_ref": po_ref}
        return self._request("POST", "/orders", json=body)["order_id"]

    def order_status(self, order_id: str) -> str:
        return self._request("GET", f"/orders/{order_id}")["status"]


def reorder_low_stock(low_lots: list[dict], client: MillClient | None = None) -> list[str]:
    client = client or MillClient()
    placed = []
    for lot in low_lots:
        placed.append(client.place_order(lot["article"], lot["colour"], lot["reorder_kg"], lot["po_ref"]))
    return placed
