"""Sales report endpoint for the partner portal (orders per day, sortable)."""
from datetime import date

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from partners.auth import partner_required

SORTABLE = {
    "day": "order_day",
    "orders": "order_count",
    "revenue": "gross_revenue",
}

REPORT_SQL = """
    SELECT DATE(placed_at) AS order_day,
           COUNT(*) AS order_count,
           SUM(total_amount) AS gross_revenue
    FROM orders
    WHERE restaurant_id = %s
      AND placed_at >= %s AND placed_at < %s
      AND status = 'delivered'
    GROUP BY DATE(placed_at)
    ORDER BY {order_column} {direction}
"""


def build_report_sql(sort: str, descending: bool) -> str:
    column = SORTABLE.get(sort, "order_day")
    return REPORT_SQL.format(order_column=column, direction="DESC" if descending else "ASC")


@require_GET
@partner_required
def sales_report(request):
    start = date.fromisoformat(request.GET["from"])
    end = date.fromisoformat(request.GET["to"])
    sql = build_report_sql(request.GET.get("sort", "day"), request.GET.get("desc") == "1")
    with connection.cursor() as cur:
        cur.execute(sql, [request.partner.restaurant_id, start, end])
        rows = cur.fetchall()
    return JsonResponse(
        {"rows": [{"day": r[0].isoformat(), "orders": r[1], "revenue": str(r[2])} for r in rows]}
    )
