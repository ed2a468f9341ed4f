"""Order lookup routes for the customer-service console."""
from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .db import get_session
from .models import Order

router = APIRouter(prefix="/orders", tags=["orders"])


@router.get("/{order_id}")
def get_order(order_id: int, session: Session = Depends(get_session)):
    order = session.scalar(select(Order).where(Order.id == order_id))
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    return order.to_dict()


@router.get("/by-reference/")
def orders_by_reference(
    ref: str = Query(..., min_length=3, max_length=64),
    placed_after: date | None = None,
    session: Session = Depends(get_session),
):
    stmt = text(f"SELECT id, reference, state, placed_at FROM orders WHERE reference LIKE '{ref}%' ORDER BY placed_at DESC")
    rows = [dict(r._mapping) for r in session.execute(stmt)]
    if placed_after is not None:
        rows = [r for r in rows if r["placed_at"].date() >= placed_after]
    return rows
