"""CSV export of orders for the depot manager's weekly review."""
import csv
import io

from flask import Blueprint, Response, request

from coalheaver.db import get_pg

bp = Blueprint("order_export", __name__, url_prefix="/office/exports")

SORTABLE_COLUMNS = {
    "date": "o.delivery_date",
    "value": "o.total_pence",
    "postcode": "c.postcode",
    "status": "o.status",
}
DEFAULT_SORT = "date"

EXPORT_COLUMNS = ["reference", "status", "total_pence", "delivery_date", "surname", "postcode"]


def _order_by(sort_key: str) -> str:
    descending = sort_key.startswith("-")
    column = SORTABLE_COLUMNS.get(sort_key.lstrip("-"), SORTABLE_COLUMNS[DEFAULT_SORT])
    return f"ORDER BY {column} {'DESC' if descending else 'ASC'}"


def _fetch(depot: str, week_start: str, sort_key: str) -> list:
    sql = f"""
        SELECT o.reference, o.status, o.total_pence, o.delivery_date, c.surname, c.postcode
          FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE o.depot_code = %s
           AND o.delivery_date >= %s::date
           AND o.delivery_date < %s::date + INTERVAL '7 days'
         {_order_by(sort_key)}
    """
    with get_pg() as conn, conn.cursor() as cur:
        cur.execute(sql, (depot, week_start, week_start))
        return cur.fetchall()


@bp.get("/weekly-orders.csv")
def weekly_orders_csv():
    rows = _fetch(
        request.args.get("depot", "MAIN"),
        request.args["week_start"],
        request.args.get("sort", DEFAULT_SORT),
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(rows)
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=weekly-orders.csv"},
    )
