"""Cloth consumption per sail type over a date range (Django admin report)."""
from datetime import date

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import HttpRequest, JsonResponse

USAGE_SQL = """
    SELECT d.sail_type,
           c.code AS cloth_code,
           SUM(u.length_m) AS metres,
           COUNT(DISTINCT u.order_id) AS orders
    FROM cutting_usage u
    JOIN cloths c ON c.id = u.cloth_id
    JOIN designs d ON d.id = u.design_id
    WHERE u.cut_on BETWEEN %s AND %s
      AND (%s = '' OR c.code LIKE %s)
    GROUP BY d.sail_type, c.code
    ORDER BY metres DESC
"""


def _parse_date(value: str, default: date) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return default


def cloth_usage(start: date, end: date, cloth_prefix: str = "") -> list:
    like = f"{cloth_prefix}%" if cloth_prefix else ""
    with connection.cursor() as cur:
        cur.execute(USAGE_SQL, [start, end, cloth_prefix, like])
        columns = [col[0] for col in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]


@staff_member_required
def cloth_usage_view(request: HttpRequest) -> JsonResponse:
    today = date.today()
    start = _parse_date(request.GET.get("from"), today.replace(month=1, day=1))
    end = _parse_date(request.GET.get("to"), today)
    prefix = request.GET.get("cloth", "").strip()
    rows = cloth_usage(start, end, prefix)
    total = sum(float(r["metres"] or 0) for r in rows)
    return JsonResponse({"from": start.isoformat(), "to": end.isoformat(),
                         "total_m": round(total, 2), "rows": rows})
