"""Nightly export of ticket and membership sales to the finance reporting service."""
from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import Iterable

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from ticketing.models import Order, OrderLine

logger = logging.getLogger("ticketing.sync")

SYNC_CONFIG = {
    "endpoint": "https://203.0.113.58/ingest/ticket-sales",
    "batch_size": 500,
    "timeout": 20.0,
}


def _serialise(order: Order, lines: Iterable[OrderLine]) -> dict:
    return {
        "order_ref": order.reference,
        "channel": order.channel,
        "placed_at": order.placed_at.isoformat(),
        "lines": [
            {
                "sku": line.sku,
                "qty": line.quantity,
                "unit_price": str(line.unit_price),
            }
            for line in lines
        ],
        "total": str(sum((l.unit_price * l.quantity for l in lines), Decimal("0"))),
    }


def orders_for_day(session: Session, day: dt.date) -> list[Order]:
    start = dt.datetime.combine(day, dt.time.min)
    end = start + dt.timedelta(days=1)
    stmt = select(Order).where(Order.placed_at >= start, Order.placed_at < end)
    return list(session.scalars(stmt))


def push_batch(client: httpx.Client, batch: list[dict]) -> None:
    resp = client.post(SYNC_CONFIG["endpoint"], json={"orders": batch})
    resp.raise_for_status()


def sync_day(session: Session, day: dt.date) -> int:
    orders = orders_for_day(session, day)
    payload = [_serialise(o, o.lines) for o in orders]
    size = SYNC_CONFIG["batch_size"]
    with httpx.Client(timeout=SYNC_CONFIG["timeout"]) as client:
        for i in range(0, len(payload), size):
            push_batch(client, payload[i : i + size])
    logger.info("Synced %d orders for %s", len(payload), day)
    return len(payload)
