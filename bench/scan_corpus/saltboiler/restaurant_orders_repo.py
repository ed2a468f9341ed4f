"""Repository for restaurant orders used by the hospitality sales desk.

The desk searches open and past orders by restaurant name while on the phone
with chefs, and pulls the delivery run for a given day.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from saltboiler.config import settings


class RestaurantOrderRepository:
    page_size = settings.SALES_DESK_PAGE_SIZE

    def __init__(self, session: Session):
        self.session = session

    def _name_clause(self, term: str) -> str:
        return "lower(r.name) LIKE '%" + term.lower() + "%'"

    def search(self, term: str, page: int = 0) -> list[dict]:
        sql = (
            "SELECT o.id, r.name, o.status, o.deliver_on, o.total_pence "
            "FROM restaurant_order o JOIN restaurant r ON r.id = o.restaurant_id "
            "WHERE " + self._name_clause(term) + " "
            "ORDER BY o.deliver_on DESC LIMIT :limit OFFSET :offset"
        )
        result = self.session.execute(
            text(sql), {"limit": self.page_size, "offset": page * self.page_size}
        )
        return [dict(row._mapping) for row in result]

    def delivery_run(self, day: date) -> list[dict]:
        result = self.session.execute(
            text(
                "SELECT o.id, r.name, r.delivery_address, o.total_pence "
                "FROM restaurant_order o JOIN restaurant r ON r.id = o.restaurant_id "
                "WHERE o.deliver_on = :day AND o.status = 'confirmed' "
                "ORDER BY r.delivery_route, r.route_position"
            ),
            {"day": day},
        )
        return [dict(row._mapping) for row in result]
