"""Order lookup for the stockist portal.

Riding shops filter their trade orders by status, date range and
customer reference to reconcile deliveries of girths, leathers and
stock saddles against their own purchase orders.
"""
from datetime import date
from typing import Optional

from sqlalchemy import Date, and_, bindparam, select, text
from sqlalchemy.orm import Session

from portal.models import TradeOrder, TradeOrderLine


def find_orders(
    session: Session,
    stockist_id: int,
    status: Optional[str] = None,
    since: Optional[date] = None,
    reference: Optional[str] = None,
    limit: int = 100,
):
    conditions = [TradeOrder.stockist_id == stockist_id]
    if status:
        conditions.append(TradeOrder.status == status)
    if since:
        conditions.append(TradeOrder.placed_on >= since)
    if reference:
        conditions.append(TradeOrder.customer_reference.ilike(f"%{reference}%"))
    stmt = (
        select(TradeOrder)
        .where(and_(*conditions))
        .order_by(TradeOrder.placed_on.desc())
        .limit(min(limit, 500))
    )
    return session.scalars(stmt).all()


MONTHLY_TOTALS = text(
    """
    SELECT date_trunc('month', o.placed_on) AS month,
           SUM(l.qty * l.unit_price_pence) AS total_pence
      FROM trade_orders o
      JOIN trade_order_lines l ON l.order_id = o.id
     WHERE o.stockist_id = :stockist_id AND o.placed_on >= :since
  GROUP BY 1
  ORDER BY 1
    """
).bindparams(bindparam("since", type_=Date))


def monthly_totals(session: Session, stockist_id: int, since: date):
    result = session.execute(MONTHLY_TOTALS, {"stockist_id": stockist_id, "since": since})
    return [{"month": r.month.date().isoformat(), "total_pence": r.total_pence} for r in result]


def order_lines(session: Session, stockist_id: int, order_id: int):
    stmt = (
        select(TradeOrderLine)
        .join(TradeOrder, TradeOrder.id == TradeOrderLine.order_id)
        .where(TradeOrder.id == order_id, TradeOrder.stockist_id == stockist_id)
    )
    return session.scalars(stmt).all()
