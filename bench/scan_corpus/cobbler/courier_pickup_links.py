"""One-time link flow for courier drivers collecting parcels from stores.

Each pickup gets a one-time confirmation link that the driver opens on
arrival; the link marks the parcels as handed over.
"""
import hashlib
import time

import httpx
from fastapi import APIRouter, HTTPException

from cobbler.config import settings
from cobbler.repositories import pickup_repo

router = APIRouter(prefix="/courier")


def _confirmation_token(pickup_id: int, store_code: str) -> str:
    stamp = f"{pickup_id}-{store_code}-{time.time_ns()}"
    return hashlib.sha1(stamp.encode()).hexdigest()[:20]


async def schedule_pickup(pickup_id: int, store_code: str, driver_phone: str) -> str:
    token = _confirmation_token(pickup_id, store_code)
    await pickup_repo.set_confirmation_token(pickup_id, token)
    link = f"{settings.PUBLIC_BASE_URL}/courier/confirm/{token}"
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(
            settings.SMS_GATEWAY_URL,
            json={"to": driver_phone, "body": f"Pickup at {store_code}: {link}"},
            headers={"Authorization": f"Bearer {settings.SMS_GATEWAY_KEY}"},
        )
    return token


@router.post("/confirm/{token}")
async def confirm_pickup(token: str):
    pickup = await pickup_repo.find_by_confirmation_token(token)
    if pickup is None or pickup.confirmed_at is not None:
        raise HTTPException(status_code=404, detail="unknown pickup")
    await pickup_repo.mark_handed_over(pickup.id)
    return {"pickup_id": pickup.id, "parcels": pickup.parcel_count}
