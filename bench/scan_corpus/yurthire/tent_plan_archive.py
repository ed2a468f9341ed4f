"""Stores marquee and yurt floor plans that suppliers upload through the portal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from pydantic import BaseModel

from .portal_auth import SupplierPrincipal, current_supplier
from .settings import get_settings

router = APIRouter(prefix="/portal/plans")

MAX_PLAN_BYTES = 20 * 1024 * 1024


@dataclass
class FloorPlanStore:
    root: Path

    def folder(self, supplier_id: int) -> Path:
        path = self.root / f"supplier-{supplier_id}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def _path_for(self, supplier_id: int, name: str) -> Path:
        return self.folder(supplier_id) / name

    def save(self, supplier_id: int, data: bytes, suffix: str) -> str:
        name = hashlib.sha256(data).hexdigest()[:24] + suffix
        self._path_for(supplier_id, name).write_bytes(data)
        return name

    def delete(self, supplier_id: int, name: str) -> bool:
        target = self._path_for(supplier_id, name)
        if not target.is_file():
            return False
        target.unlink()
        return True


class DeleteRequest(BaseModel):
    file_name: str


def get_store() -> FloorPlanStore:
    return FloorPlanStore(Path(get_settings().plan_root))


@router.post("/")
async def upload_plan(
    file: UploadFile,
    supplier: SupplierPrincipal = Depends(current_supplier),
    store: FloorPlanStore = Depends(get_store),
):
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in {".pdf", ".dxf", ".png"}:
        raise HTTPException(status_code=415, detail="unsupported plan format")
    data = await file.read(MAX_PLAN_BYTES + 1)
    if len(data) > MAX_PLAN_BYTES:
        raise HTTPException(status_code=413, detail="plan too large")
    return {"file_name": store.save(supplier.id, data, suffix)}


@router.post("/delete")
def delete_plan(
    body: DeleteRequest,
    supplier: SupplierPrincipal = Depends(current_supplier),
    store: FloorPlanStore = Depends(get_store),
):
    if not store.delete(supplier.id, body.file_name):
        raise HTTPException(status_code=404, detail="no such plan")
    return {"deleted": body.file_name}
