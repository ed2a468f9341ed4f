"""Submit purchase orders for tiles, adhesive and grout to the trade supplier.

The supplier's ordering API rate-limits hard in the mornings when every
contractor places orders at once, so submissions are retried with
exponential backoff and a little jitter.
"""
import asyncio
import logging
import os
import random
from dataclasses import asdict, dataclass
from typing import List

import httpx

log = logging.getLogger("orders.supplier")

SUPPLIER_BASE_URL = os.environ.get("SUPPLIER_API_URL", "https://api.tradetiles.example/v2")
MAX_ATTEMPTS = 6
BASE_DELAY = 1.5


@dataclass
class OrderLine:
    sku: str
    quantity: int
    unit: str = "box"


@dataclass
class PurchaseOrder:
    po_number: str
    branch: str
    deliver_to: str
    lines: List[OrderLine]


def _backoff(attempt: int) -> float:
    return BASE_DELAY * (2 ** attempt) + random.uniform(0, BASE_DELAY)


async def submit_order(order: PurchaseOrder) -> dict:
    headers = {"Authorization": f"Bearer {os.environ['SUPPLIER_API_KEY']}"}
    async with httpx.AsyncClient(base_url=SUPPLIER_BASE_URL, headers=headers, timeout=20) as client:
        for attempt in range(MAX_ATTEMPTS):
            resp = await client.post("/orders", json=asdict(order))
            if resp.status_code in (429, 502, 503):
                delay = _backoff(attempt)
                log.warning(
                    "supplier busy (%s) for %s, retry %d in %.1fs",
                    resp.status_code, order.po_number, attempt + 1, delay,
                )
                await asyncio.sleep(delay)
                continue
            resp.raise_for_status()
            body = resp.json()
            log.info("order %s accepted as %s", order.po_number, body.get("order_id"))
            return body
    raise RuntimeError(f"supplier did not accept {order.po_number} after {MAX_ATTEMPTS} attempts")


async def submit_all(orders: List[PurchaseOrder]) -> List[dict]:
    return await asyncio.gather(*(submit_order(o) for o in orders))
