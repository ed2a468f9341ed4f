"""Voiding of shipping labels printed by mistake.

When dispatch voids a label with the carrier, the stored PDF is removed so
it cannot be reprinted from the tablet at the packing bench.
"""
from pathlib import Path

import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from coppersmith.settings import settings

router = APIRouter(prefix="/dispatch/labels")

LABEL_ROOT = Path(settings.LABEL_STORAGE_DIR)


class VoidRequest(BaseModel):
    order_ref: str
    label_name: str
    tracking_number: str


async def _void_with_carrier(tracking_number: str) -> None:
    async with httpx.AsyncClient(base_url=settings.CARRIER_API_BASE, timeout=15) as client:
        response = await client.post(
            f"/v2/labels/{tracking_number}/void",
            headers={"Authorization": f"Bearer {settings.CARRIER_API_TOKEN}"},
        )
        if response.status_code not in (200, 404):
            raise HTTPException(502, "Carrier refused void")


@router.post("/void")
async def void_label(req: VoidRequest):
    await _void_with_carrier(req.tracking_number)
    label_file = LABEL_ROOT / req.order_ref / f"{req.label_name}.pdf"
    if label_file.exists():
        label_file.unlink()
        return {"voided": req.tracking_number, "file_removed": True}
    return {"voided": req.tracking_number, "file_removed": False}
