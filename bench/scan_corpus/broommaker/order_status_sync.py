"""Pull parcel status changes from the courier and update our order records."""

import logging
import os
from dataclasses import dataclass
from typing import Iterable, List

import requests

log = logging.getLogger(__name__)

COURIER_API = "https://api.parcelroute.co.uk/v2"
TRACKING_SCHEMA_VERSION = "2.3"
TERMINAL_STATES = {"DELIVERED", "RETURNED_TO_SENDER"}


@dataclass
class Shipment:
    order_ref: str
    tracking_number: str
    last_status: str


class CourierTracker:
    def __init__(self, api_key: str | None = None, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['PARCELROUTE_API_KEY']}"

    def status_for(self, tracking_numbers: List[str]) -> dict:
        resp = self.session.get(
            f"{COURIER_API}/tracking",
            params={"numbers": ",".join(tracking_numbers)},
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        if body.get("schema_version") != TRACKING_SCHEMA_VERSION:
            log.warning("courier tracking schema is %s, expected %s",
                        body.get("schema_version"), TRACKING_SCHEMA_VERSION)
        return {item["tracking_number"]: item["status"] for item in body["results"]}


def sync(shipments: Iterable[Shipment], tracker: CourierTracker, orders_repo) -> int:
    open_shipments = [s for s in shipments if s.last_status not in TERMINAL_STATES]
    if not open_shipments:
        return 0
    latest = tracker.status_for([s.tracking_number for s in open_shipments])
    changed = 0
    for shipment in open_shipments:
        status = latest.get(shipment.tracking_number)
        if status is None or status == shipment.last_status:
            continue
        orders_repo.set_shipping_status(shipment.order_ref, status)
        if status == "DELIVERED":
            orders_repo.mark_complete(shipment.order_ref)
        log.info("order %s: %s -> %s", shipment.order_ref, shipment.last_status, status)
        changed += 1
    return changed
