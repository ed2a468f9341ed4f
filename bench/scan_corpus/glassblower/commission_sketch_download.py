"""Lets customers download the design sketches attached to their commission."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.responses import FileResponse
from sqlalchemy.ext.asyncio import AsyncSession

from hotshop.auth import current_customer
from hotshop.config import settings
from hotshop.db import get_session
from hotshop.models import Commission, Customer

router = APIRouter(prefix="/commissions", tags=["commissions"])


class SketchStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def folder_for(self, commission: Commission) -> Path:
        return self.root / commission.reference

    def locate(self, commission: Commission, filename: str) -> Path:
        return self.folder_for(commission) / filename

    def listing(self, commission: Commission) -> list[str]:
        folder = self.folder_for(commission)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


store = SketchStore(settings.SKETCH_ROOT)


async def _owned_commission(commission_id: int, customer: Customer, db: AsyncSession) -> Commission:
    commission = await db.get(Commission, commission_id)
    if commission is None or commission.customer_id != customer.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "commission not found")
    return commission


@router.get("/{commission_id}/sketches")
async def list_sketches(
    commission_id: int,
    customer: Customer = Depends(current_customer),
    db: AsyncSession = Depends(get_session),
):
    commission = await _owned_commission(commission_id, customer, db)
    return {"files": store.listing(commission)}


@router.get("/{commission_id}/sketches/{filename:path}")
async def download_sketch(
    commission_id: int,
    filename: str,
    customer: Customer = Depends(current_customer),
    db: AsyncSession = Depends(get_session),
):
    commission = await _owned_commission(commission_id, customer, db)
    path = store.locate(commission, filename)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "sketch not found")
    return FileResponse(path, filename=path.name)
