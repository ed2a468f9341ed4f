"""Serves PDF proofs to customers so they can approve layout before engraving."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .portal import PortalCustomer, current_customer
from .orders_repo import order_belongs_to

router = APIRouter(prefix="/proofs")

PROOF_ROOT = Path(os.environ.get("PROOF_ROOT", "/srv/engraver/proofs")).resolve()


def proof_path(order_id: int, name: str) -> Path:
    candidate = (PROOF_ROOT / str(order_id) / name).resolve()
    if not candidate.is_relative_to(PROOF_ROOT / str(order_id)):
        raise HTTPException(404, "proof not found")
    return candidate


@router.get("/{order_id}/{name}")
async def get_proof(
    order_id: int,
    name: str,
    customer: PortalCustomer = Depends(current_customer),
):
    if not await order_belongs_to(order_id, customer.account_id):
        raise HTTPException(404, "proof not found")
    path = proof_path(order_id, name)
    if path.suffix.lower() != ".pdf" or not path.is_file():
        raise HTTPException(404, "proof not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@router.get("/{order_id}")
async def list_proofs(
    order_id: int,
    customer: PortalCustomer = Depends(current_customer),
):
    if not await order_belongs_to(order_id, customer.account_id):
        raise HTTPException(404, "order not found")
    folder = PROOF_ROOT / str(order_id)
    if not folder.is_dir():
        return {"proofs": []}
    proofs = sorted(folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)
    return {
        "proofs": [
            {"name": p.name, "revision": i, "url": f"/proofs/{order_id}/{p.name}"}
            for i, p in enumerate(reversed(proofs), start=1)
        ][::-1]
    }
