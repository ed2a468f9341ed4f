"""Order heather and ling bundles from the moorland estate's wholesale API.

Heather is cut under licence between October and March, so orders placed
outside the cutting season are held as reservations.
"""

import asyncio
import os
from dataclasses import dataclass
from datetime import date
from typing import List

import httpx

ESTATE_API = "https://trade.moorfoot-estate.co.uk/api/v1"
CUTTING_MONTHS = {10, 11, 12, 1, 2, 3}


@dataclass
class HeatherOrder:
    variety: str  # "ling", "bell", "cross-leaved"
    bundles: int
    deliver_by: date


def _auth_headers() -> dict:
    token = os.environ["MOORFOOT_TRADE_TOKEN"]
    return {"Authorization": f"Token {token}", "Accept": "application/json"}


async def place_orders(orders: List[HeatherOrder]) -> List[dict]:
    async with httpx.AsyncClient(base_url=ESTATE_API, headers=_auth_headers(), timeout=30) as client:
        tasks = [_place_one(client, order) for order in orders]
        return await asyncio.gather(*tasks)


async def _place_one(client: httpx.AsyncClient, order: HeatherOrder) -> dict:
    endpoint = "/orders" if order.deliver_by.month in CUTTING_MONTHS else "/reservations"
    resp = await client.post(
        endpoint,
        json={
            "variety": order.variety,
            "bundles": order.bundles,
            "deliver_by": order.deliver_by.isoformat(),
            "account": os.environ.get("MOORFOOT_ACCOUNT_NO", ""),
        },
    )
    resp.raise_for_status()
    return resp.json()


async def stock_levels() -> dict:
    async with httpx.AsyncClient(base_url=ESTATE_API, headers=_auth_headers(), timeout=30) as client:
        resp = await client.get("/stock", params={"category": "heather"})
        resp.raise_for_status()
        return {row["variety"]: row["bundles_available"] for row in resp.json()["items"]}


if __name__ == "__main__":
    print(asyncio.run(stock_levels()))
