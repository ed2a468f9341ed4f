"""Small API the delivery drivers' phone app calls to mark basket deliveries done.

Drivers are casual staff using their own phones, so the app authenticates
with a shared driver key set in the van tablet's config.
"""
import os
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from .store import DeliveryStore

app = FastAPI(title="basketweaver-driver-api")
store = DeliveryStore.from_env()

DRIVER_API_KEY = os.environ.get("DRIVER_API_KEY", "")
ALLOWED_STATUSES = {"delivered", "left_with_neighbour", "left_in_porch", "failed"}


class DeliveryUpdate(BaseModel):
    order_ref: str
    status: str
    note: str | None = None
    photo_id: str | None = None


def require_driver(x_driver_key: str = Header(default="")) -> str:
    if not DRIVER_API_KEY or x_driver_key != DRIVER_API_KEY:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown driver key")
    return "driver"


@app.get("/rounds/today")
async def todays_round(_: str = Depends(require_driver)) -> list[dict]:
    return await store.round_for(datetime.now(timezone.utc).date())


@app.post("/deliveries/{delivery_id}/status")
async def update_status(delivery_id: int, update: DeliveryUpdate, _: str = Depends(require_driver)) -> dict:
    if update.status not in ALLOWED_STATUSES:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "unknown status")
    delivery = await store.get(delivery_id)
    if delivery is None or delivery["order_ref"] != update.order_ref:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such delivery")
    await store.record_status(
        delivery_id,
        status=update.status,
        note=update.note,
        photo_id=update.photo_id,
        at=datetime.now(timezone.utc),
    )
    return {"delivery_id": delivery_id, "status": update.status}
