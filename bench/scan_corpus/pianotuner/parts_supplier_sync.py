"""Nightly sync of back-order status from the parts wholesaler, with request tracing."""
import logging
from typing import Dict, Mapping

import requests

from pianotuner.models import PartsOrder
from pianotuner.settings import settings

log = logging.getLogger("pianotuner.suppliers.sync")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class BackorderSync:
    def __init__(self, session: requests.Session = None):
        self.http = session or requests.Session()
        self.http.headers.update(
            {
                "Authorization": f"Bearer {settings.supplier_api_token}",
                "Accept": "application/json",
            }
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{settings.supplier_base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, redact_headers(self.http.headers))
        resp = self.http.get(url, params=params, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def run(self) -> int:
        open_orders = PartsOrder.objects.filter(status__in=["submitted", "backordered"])
        updated = 0
        for order in open_orders:
            data = self._get(f"/v2/orders/{order.supplier_order_id}")
            if data["status"] != order.status:
                order.status = data["status"]
                order.expected_on = data.get("expected_date")
                order.save(update_fields=["status", "expected_on"])
                updated += 1
        log.info("backorder sync complete: %d of %d orders changed", updated, open_orders.count())
        return updated
