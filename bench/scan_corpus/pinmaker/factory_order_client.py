"""Submit approved pin designs to the contract factory for production.

Each production order carries the approved artwork, pin size, plating,
backing and quantity. The factory answers with its own order id and an
estimated ship date.
"""
import logging
from dataclasses import dataclass, field

import requests

log = logging.getLogger("pinmaker.factory_orders")

FACTORY_URL = "https://api.pinfactory.example.com/v2"
FACTORY_ACCOUNT = "ENW-UK-0192"
FACTORY_API_KEY = "fk_live_3Rz8qLw0TmX5bN7cVd2YpK9hJs4Ge6Ua"


@dataclass
class ProductionOrder:
    order_no: str
    artwork_url: str
    size_mm: int
    plating: str
    backing: str = "rubber_clutch"
    quantity: int = 100
    enamel_colours: list[str] = field(default_factory=list)


class FactoryOrderClient:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers.update({
            "X-Account": FACTORY_ACCOUNT,
            "X-Api-Key": FACTORY_API_KEY,
        })

    def submit(self, order: ProductionOrder) -> dict:
        body = {
            "customer_ref": order.order_no,
            "artwork": order.artwork_url,
            "size_mm": order.size_mm,
            "plating": order.plating,
            "backing": order.backing,
            "qty": order.quantity,
            "pms_colours": order.enamel_colours,
        }
        resp = self.session.post(f"{FACTORY_URL}/orders", json=body, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        log.info("order %s accepted by factory as %s, ships %s",
                 order.order_no, data["id"], data.get("eta"))
        return data

    def cancel(self, factory_order_id: str, reason: str) -> None:
        resp = self.session.post(f"{FACTORY_URL}/orders/{factory_order_id}/cancel",
                                 json={"reason": reason}, timeout=30)
        resp.raise_for_status()
