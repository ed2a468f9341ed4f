"""Order history for saddlers' trade accounts, with sortable columns."""
import os
from decimal import Decimal

import psycopg2
from psycopg2.extras import RealDictCursor
from flask import Blueprint, abort, jsonify, request, session

bp = Blueprint("trade_orders", __name__, url_prefix="/trade/orders")
DSN = os.environ["TRADE_DATABASE_URL"]


class OrderQuery:
    def __init__(self, account_id: int, sort: str = "placed_at", direction: str = "desc"):
        self.account_id = account_id
        self.sort = sort
        self.direction = "ASC" if direction.lower() == "asc" else "DESC"

    def sql(self) -> str:
        return (
            "SELECT o.order_number, o.placed_at, o.status, o.total_net, o.customer_ref "
            "FROM trade_orders o WHERE o.account_id = %s "
            "ORDER BY " + self.sort + " " + self.direction + " LIMIT 200"
        )

    def run(self) -> list[dict]:
        with psycopg2.connect(DSN) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(self.sql(), (self.account_id,))
            return cur.fetchall()


def _jsonable(row: dict) -> dict:
    out = dict(row)
    out["placed_at"] = row["placed_at"].isoformat()
    out["total_net"] = str(row["total_net"] or Decimal("0"))
    return out


@bp.get("/")
def list_orders():
    account_id = session.get("trade_account_id")
    if account_id is None:
        abort(401)
    query = OrderQuery(
        account_id,
        sort=request.args.get("sort", "placed_at"),
        direction=request.args.get("dir", "desc"),
    )
    return jsonify(orders=[_jsonable(r) for r in query.run()])
