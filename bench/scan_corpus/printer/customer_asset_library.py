"""Customer asset library: logos and brand files reused across shop orders.

Each customer has a folder tree under the asset root; the storefront editor
requests assets by their path relative to that folder.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from printshop.auth import current_customer
from printshop.config import settings

router = APIRouter(prefix="/assets")
ASSET_ROOT = Path(settings.ASSET_LIBRARY_ROOT).resolve()


def customer_root(customer_id: int) -> Path:
    return (ASSET_ROOT / f"c{customer_id:06d}").resolve()


def locate_asset(customer_id: int, relative: str) -> Path:
    base = customer_root(customer_id)
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="asset not found")
    return candidate


@router.get("/")
async def list_assets(customer=Depends(current_customer)):
    base = customer_root(customer.id)
    if not base.exists():
        return {"assets": []}
    files = sorted(str(p.relative_to(base)) for p in base.rglob("*") if p.is_file())
    return {"assets": files}


@router.get("/{relative:path}")
async def get_asset(relative: str, customer=Depends(current_customer)):
    path = locate_asset(customer.id, relative)
    return FileResponse(path, filename=path.name)
