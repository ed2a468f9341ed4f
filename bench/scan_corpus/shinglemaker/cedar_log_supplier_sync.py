"""Nightly sync of open purchase orders and log scale tickets with the timber supplier API."""

import logging
from datetime import date, timedelta

import requests

from shinglemaker.config import settings
from shinglemaker.purchasing import upsert_scale_ticket, open_purchase_orders

log = logging.getLogger("shinglemaker.supplier_sync")


class TimberSupplierClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_token}",
                "Accept": "application/json",
                "User-Agent": "shinglemaker-sync/2.3",
            }
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, dict(self.session.headers))
        resp = self.session.get(url, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def scale_tickets(self, po_number: str, since: date) -> list[dict]:
        data = self._get(f"/v1/purchase-orders/{po_number}/tickets", since=since.isoformat())
        return data.get("tickets", [])


def run_nightly_sync() -> int:
    client = TimberSupplierClient(settings.TIMBER_API_URL, settings.TIMBER_API_TOKEN)
    since = date.today() - timedelta(days=settings.TICKET_LOOKBACK_DAYS)
    synced = 0
    for po in open_purchase_orders():
        for ticket in client.scale_tickets(po.number, since):
            upsert_scale_ticket(po.id, ticket)
            synced += 1
    log.info("synced %d scale tickets", synced)
    return synced
