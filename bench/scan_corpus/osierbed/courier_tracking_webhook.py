"""Delivery updates from the pallet courier for wholesale willow orders.

Bundles of cut rods go to basket makers on pallets. The courier posts
tracking events here; we mark the order as delivered so the office can
chase the invoice.
"""

import hashlib
import hmac
import os
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["ORDERS_DATABASE_URL"], pool_pre_ping=True)


@dataclass(frozen=True)
class CourierConfig:
    shared_secret: bytes
    api_version: str = "2023-10"


config = CourierConfig(shared_secret=os.environ["COURIER_HOOK_SECRET"].encode())


def _digest(body: bytes, cfg: CourierConfig) -> str:
    return hmac.new(cfg.shared_secret, body, hashlib.sha256).hexdigest()


@app.post("/hooks/courier/tracking")
async def tracking_event(
    request: Request,
    x_courier_signature: str = Header(...),
    x_courier_api_version: str = Header(...),
):
    if x_courier_api_version != config.api_version:
        raise HTTPException(status_code=400, detail="unsupported api version")

    body = await request.body()
    if not hmac.compare_digest(_digest(body, config), x_courier_signature.lower()):
        raise HTTPException(status_code=401)

    event = await request.json()
    if event["status"] == "delivered":
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE wholesale_orders SET delivered_at = :at, status = 'delivered' "
                    "WHERE consignment_no = :cn"
                ),
                {"at": event["timestamp"], "cn": event["consignment_number"]},
            )
    return {"received": True}
