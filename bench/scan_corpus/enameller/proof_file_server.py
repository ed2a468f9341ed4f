"""Serves proof PDFs and preview images to customers reviewing their badge artwork."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_customer
from .orders import OrderRepository

router = APIRouter(prefix="/portal/orders")

PROOF_ROOT = Path("/srv/enameller/proofs").resolve()
ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg", ".webp"}


def proof_path(order_ref: str, name: str) -> Path:
    order_dir = (PROOF_ROOT / order_ref).resolve()
    candidate = (order_dir / name).resolve()
    if not candidate.is_relative_to(order_dir) or order_dir.parent != PROOF_ROOT:
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{order_ref}/proofs")
async def list_proofs(order_ref: str, customer=Depends(current_customer)):
    order = await OrderRepository().get_for_customer(order_ref, customer.id)
    if order is None:
        raise HTTPException(status_code=404)
    folder = PROOF_ROOT / order.reference
    files = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in ALLOWED_SUFFIXES)
    return {"order": order.reference, "proofs": files}


@router.get("/{order_ref}/proofs/{name}")
async def get_proof(order_ref: str, name: str, customer=Depends(current_customer)):
    order = await OrderRepository().get_for_customer(order_ref, customer.id)
    if order is None:
        raise HTTPException(status_code=404)
    path = proof_path(order.reference, name)
    return FileResponse(path, filename=path.name)
