"""Order history for a trade buyer on the portal.

Saddlers and bootmakers can look back over their past orders, filtered by
article (bridle, harness, sole bend ...) or by the order reference they used.
"""
from datetime import date
from decimal import Decimal

from flask import Blueprint, g, jsonify, request
from sqlalchemy import Date, ForeignKey, Numeric, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from tanyard.portal.db import engine

bp = Blueprint("order_history", __name__)


class Base(DeclarativeBase):
    pass


class SalesOrder(Base):
    __tablename__ = "sales_orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id"))
    order_ref: Mapped[str] = mapped_column(String(40))
    article: Mapped[str] = mapped_column(String(60))
    ordered_on: Mapped[date] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))


def order_query(buyer_id: int, article: str | None, ref_contains: str | None):
    stmt = select(SalesOrder).where(SalesOrder.buyer_id == buyer_id)
    if article:
        stmt = stmt.where(SalesOrder.article == article)
    if ref_contains:
        stmt = stmt.where(SalesOrder.order_ref.contains(ref_contains, autoescape=True))
    return stmt.order_by(SalesOrder.ordered_on.desc()).limit(100)


@bp.get("/portal/orders")
def order_history():
    stmt = order_query(g.buyer["buyer_id"], request.args.get("article"), request.args.get("ref"))
    with Session(engine) as session:
        orders = session.scalars(stmt).all()
    return jsonify(
        [
            {
                "ref": o.order_ref,
                "article": o.article,
                "date": o.ordered_on.isoformat(),
                "total": str(o.total),
            }
            for o in orders
        ]
    )
