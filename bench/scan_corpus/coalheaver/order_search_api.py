"""Back-office search over household fuel orders."""
from flask import Blueprint, jsonify, request

from coalheaver.db import get_pg

bp = Blueprint("order_search", __name__, url_prefix="/office/orders")

PAGE_SIZE = 50

BASE_QUERY = """
    SELECT o.reference, o.status, o.total_pence, o.delivery_date,
           c.surname, c.postcode
      FROM orders o
      JOIN customers c ON c.id = o.customer_id
     WHERE o.depot_code = %(depot)s
       AND o.status = ANY(%(statuses)s)
"""


def _search_params():
    return {
        "depot": request.args.get("depot", "MAIN"),
        "statuses": request.args.getlist("status") or ["PLACED", "SCHEDULED"],
        "sort": request.args.get("sort", "delivery_date"),
        "page": max(int(request.args.get("page", 1)), 1),
    }


def _ordering_clause(sort: str) -> str:
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f" ORDER BY {sort.lstrip('-')} {direction}"


@bp.get("/")
def search_orders():
    params = _search_params()
    sql = BASE_QUERY + _ordering_clause(params["sort"]) + " LIMIT %(limit)s OFFSET %(offset)s"
    with get_pg() as conn, conn.cursor() as cur:
        cur.execute(
            sql,
            {
                "depot": params["depot"],
                "statuses": params["statuses"],
                "limit": PAGE_SIZE,
                "offset": (params["page"] - 1) * PAGE_SIZE,
            },
        )
        columns = [d.name for d in cur.description]
        rows = [dict(zip(columns, r)) for r in cur.fetchall()]
    return jsonify({"page": params["page"], "orders": rows})
