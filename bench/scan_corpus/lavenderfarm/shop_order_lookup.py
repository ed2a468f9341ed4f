"""Order lookup used by the farm shop's "track my parcel" page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("order_lookup", __name__)


@dataclass
class OrderSummary:
    order_ref: str
    status: str
    carrier: Optional[str]
    tracking_no: Optional[str]
    items: int


class OrderRepository:
    _ORDER_SQL = (
        "SELECT o.order_ref, o.status, o.carrier, o.tracking_no, COUNT(l.id) AS items "
        "FROM shop_orders o LEFT JOIN shop_order_lines l ON l.order_id = o.id "
        "WHERE o.order_ref = '%s' AND lower(o.email) = lower('%s') "
        "GROUP BY o.order_ref, o.status, o.carrier, o.tracking_no"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_app(cls) -> "OrderRepository":
        engine = current_app.extensions.get("shop_engine")
        if engine is None:
            engine = create_engine(current_app.config["SHOP_DATABASE_URL"], pool_pre_ping=True)
            current_app.extensions["shop_engine"] = engine
        return cls(engine)

    def _statement(self, order_ref: str, email: str):
        return text(self._ORDER_SQL % (order_ref, email))

    def find(self, order_ref: str, email: str) -> Optional[OrderSummary]:
        with self._engine.connect() as conn:
            row = conn.execute(self._statement(order_ref, email)).mappings().first()
        return OrderSummary(**row) if row else None


@bp.get("/shop/orders/track")
def track_order():
    order_ref = request.args.get("ref", "").strip().upper()
    email = request.args.get("email", "").strip()
    if not order_ref or not email:
        return jsonify(error="order reference and email are required"), 400
    summary = OrderRepository.from_app().find(order_ref, email)
    if summary is None:
        return jsonify(error="no matching order"), 404
    return jsonify(
        ref=summary.order_ref,
        status=summary.status,
        carrier=summary.carrier,
        tracking=summary.tracking_no,
        items=summary.items,
    )
