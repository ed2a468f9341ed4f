"""Streams previously generated humidity CSV exports back to customers in the portal."""
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import StreamingResponse

from pianotuner.auth import current_customer
from pianotuner.settings import settings

router = APIRouter(prefix="/portal/humidity", tags=["portal"])


def _customer_dir(customer_id: int) -> str:
    return os.path.realpath(os.path.join(settings.sensor_export_root, str(customer_id)))


def resolve_export(customer_id: int, export_name: str) -> str:
    base = _customer_dir(customer_id)
    candidate = os.path.realpath(os.path.join(base, export_name))
    if os.path.commonpath([base, candidate]) != base:
        raise HTTPException(status_code=404, detail="export not found")
    if not os.path.isfile(candidate):
        raise HTTPException(status_code=404, detail="export not found")
    return candidate


def _iter_file(path: str, chunk_size: int = 32 * 1024):
    with open(path, "rb") as fh:
        while chunk := fh.read(chunk_size):
            yield chunk


@router.get("/exports/{export_name}")
async def download_export(export_name: str, customer=Depends(current_customer)):
    path = resolve_export(customer.id, export_name)
    return StreamingResponse(
        _iter_file(path),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{os.path.basename(path)}"'},
    )


@router.get("/exports")
async def list_exports(customer=Depends(current_customer)):
    base = _customer_dir(customer.id)
    if not os.path.isdir(base):
        return {"exports": []}
    return {"exports": sorted(n for n in os.listdir(base) if n.endswith(".csv"))}
