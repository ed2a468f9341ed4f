"""Bulk actions for the returns desk: approve or restock many return lines at once."""
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from returns.deps import get_session, require_returns_clerk

router = APIRouter(prefix="/returns/bulk")

RESTOCKABLE = {"too_small", "too_large", "changed_mind"}


class BulkSelection(BaseModel):
    rma_ids: list[str]
    note: str = ""


def _id_list(ids: list[str]) -> str:
    return ", ".join(f"'{i}'" for i in ids)


@router.post("/approve")
def approve(sel: BulkSelection, db: Session = Depends(get_session), clerk=Depends(require_returns_clerk)):
    if not sel.rma_ids:
        raise HTTPException(400, "nothing selected")
    result = db.execute(
        text(f"UPDATE rma SET status = 'approved', approved_by = :clerk "
             f"WHERE status = 'requested' AND id IN ({_id_list(sel.rma_ids)})"),
        {"clerk": clerk.username},
    )
    db.commit()
    return {"approved": result.rowcount}


@router.post("/restock")
def restock(sel: BulkSelection, db: Session = Depends(get_session), clerk=Depends(require_returns_clerk)):
    rows = db.execute(
        text("SELECT l.sku, l.qty, r.reason FROM rma_line l JOIN rma r ON r.id = l.rma_id "
             "WHERE r.id = ANY(:ids) AND r.status = 'received'"),
        {"ids": sel.rma_ids},
    ).all()
    restocked = 0
    for sku, qty, reason in rows:
        if reason not in RESTOCKABLE:
            continue
        db.execute(
            text("UPDATE finished_stock SET pairs = pairs + :qty WHERE sku = :sku"),
            {"qty": qty, "sku": sku},
        )
        restocked += qty
    db.execute(
        text("UPDATE rma SET status = 'restocked' WHERE id = ANY(:ids) AND status = 'received'"),
        {"ids": sel.rma_ids},
    )
    db.commit()
    return {"pairs_restocked": restocked, "by": clerk.username}
