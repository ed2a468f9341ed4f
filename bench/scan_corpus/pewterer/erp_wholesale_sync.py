"""Nightly sync of wholesale orders into the accounting ERP."""
import logging
from datetime import date, timedelta

import requests
from celery import shared_task

from pewterer.settings import ERP_SETTINGS
from pewterer.wholesale.repository import orders_closed_on, mark_synced

logger = logging.getLogger(__name__)


class ErpSession:
    def __init__(self, config: dict = ERP_SETTINGS) -> None:
        self.base_url = config["base_url"].rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {config['api_token']}",
                "X-Company-Id": str(config["company_id"]),
                "Accept": "application/json",
            }
        )

    def push_order(self, order: dict) -> str:
        url = f"{self.base_url}/api/sales-orders"
        logger.info("POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, json=order, timeout=30)
        resp.raise_for_status()
        return resp.json()["id"]


def _to_erp(order) -> dict:
    return {
        "customer_code": order.account_ref,
        "external_ref": order.reference,
        "lines": [
            {"sku": line.sku, "qty": line.quantity, "unit_price": str(line.unit_price)}
            for line in order.lines
        ],
    }


@shared_task(bind=True, max_retries=3)
def sync_closed_orders(self, day: str | None = None) -> int:
    target = date.fromisoformat(day) if day else date.today() - timedelta(days=1)
    erp = ErpSession()
    count = 0
    for order in orders_closed_on(target):
        erp_id = erp.push_order(_to_erp(order))
        mark_synced(order.id, erp_id)
        count += 1
    logger.info("synced %d wholesale orders for %s", count, target)
    return count
