"""Client for the explosives supplier's ordering API.

Bulk emulsion and detonators are ordered per blast from the licensed
explosives supplier, who delivers straight to the bench on the day of the
shot. Orders quote the blasting permit number and the quantities from the
approved blast design.
"""

import logging
import os
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("quarryman.explosives")


def mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


@dataclass
class ExplosivesOrder:
    permit_no: str
    delivery_date: date
    emulsion_kg: int
    detonators: int
    bench: str


class SupplierClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = (base_url or os.environ["EXPLOSIVES_SUPPLIER_URL"]).rstrip("/")
        self.api_key = api_key or os.environ["EXPLOSIVES_SUPPLIER_KEY"]
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = self.api_key
        log.info("Explosives supplier client ready for %s using key %s",
                 self.base_url, mask(self.api_key))

    def place_order(self, order: ExplosivesOrder) -> str:
        body = {
            "permit": order.permit_no,
            "deliver_on": order.delivery_date.isoformat(),
            "lines": [
                {"product": "BULK-EMULSION", "quantity": order.emulsion_kg, "unit": "kg"},
                {"product": "NONEL-DET", "quantity": order.detonators, "unit": "each"},
            ],
            "site_location": f"Bench {order.bench}",
        }
        resp = self.session.post(f"{self.base_url}/orders", json=body, timeout=15)
        if resp.status_code >= 400:
            log.error("Supplier rejected order for permit %s: %s %s",
                      order.permit_no, resp.status_code, resp.text[:200])
            resp.raise_for_status()
        reference = resp.json()["order_reference"]
        log.info("Explosives order %s placed for permit %s", reference, order.permit_no)
        return reference
