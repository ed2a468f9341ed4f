"""Look up a customer's orders in the live or the archived order tables."""
import enum
from datetime import date
from typing import List, Optional

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


class OrderBook(str, enum.Enum):
    CURRENT = "orders"
    ARCHIVE = "orders_archive"


class CustomerOrderLookup:
    def __init__(self, engine: Engine):
        self.engine = engine

    def find(self, customer_code: str, book: OrderBook = OrderBook.CURRENT,
             colour: Optional[str] = None, since: Optional[date] = None) -> List[dict]:
        book = OrderBook(book)
        stmt = text(
            "SELECT order_no, quality_code, colour, metres, unit_price, due_date "
            f"FROM {book.value} "
            "WHERE customer_code = :customer "
            "AND (:colour IS NULL OR colour ILIKE :colour) "
            "AND (:since IS NULL OR due_date >= :since) "
            "ORDER BY due_date DESC"
        ).bindparams(
            bindparam("customer", customer_code),
            bindparam("colour", f"%{colour}%" if colour else None),
            bindparam("since", since),
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]


def lookup_view(engine: Engine, params: dict) -> dict:
    """Handler for the sales-office order search screen."""
    try:
        book = OrderBook(params.get("book", "orders"))
    except ValueError:
        return {"error": "unknown order book"}
    since = date.fromisoformat(params["since"]) if params.get("since") else None
    rows = CustomerOrderLookup(engine).find(
        params["customer"], book=book, colour=params.get("colour"), since=since
    )
    return {"customer": params["customer"], "book": book.value, "orders": rows}
