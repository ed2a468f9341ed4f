"""Nightly sync of confirmed trade portal orders into the ERP.

Production planning works from the ERP, so every confirmed portal order has
to land in its sales order tables before the morning planning meeting.
"""
import logging
import os
from dataclasses import dataclass

import psycopg
from celery import shared_task

from ropewalk.portal.orders import fetch_confirmed_orders, mark_synced

log = logging.getLogger(__name__)


@dataclass
class ErpDatabase:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ErpDatabase":
        return cls(
            host=os.environ["ERP_DB_HOST"],
            port=int(os.environ.get("ERP_DB_PORT", "5432")),
            name=os.environ["ERP_DB_NAME"],
            user=os.environ["ERP_DB_USER"],
            password=os.environ["ERP_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


@shared_task(bind=True, max_retries=3, default_retry_delay=300)
def push_orders_to_erp(self, batch_id: str) -> int:
    erp = ErpDatabase.from_env()
    orders = fetch_confirmed_orders(batch_id)
    log.info("Pushing %d orders for batch %s to ERP at %s", len(orders), batch_id, erp.dsn)
    try:
        with psycopg.connect(erp.dsn) as conn, conn.cursor() as cur:
            for order in orders:
                cur.execute(
                    "INSERT INTO so_header (portal_ref, customer_code, order_date, total_net) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT (portal_ref) DO NOTHING",
                    (order.order_no, order.customer_code, order.placed_at, order.total_net),
                )
    except psycopg.OperationalError as exc:
        raise self.retry(exc=exc)
    mark_synced([o.order_no for o in orders])
    return len(orders)
