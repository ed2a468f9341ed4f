"""Staff view of the commission register with sortable columns."""

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse

SORT_COLUMNS = {
    "ordered": "c.ordered_on",
    "parish": "p.name",
    "weight": "c.target_weight_kg",
    "note": "c.strike_note",
    "due": "c.delivery_due",
}
DEFAULT_SORT = "ordered"


def _order_by(params) -> str:
    column = SORT_COLUMNS.get(params.get("sort", DEFAULT_SORT), SORT_COLUMNS[DEFAULT_SORT])
    direction = "DESC" if params.get("dir") == "desc" else "ASC"
    return f"{column} {direction}"


@staff_member_required
def commission_register(request):
    status = request.GET.get("status", "open")
    order_by = _order_by(request.GET)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT c.id, p.name, c.strike_note, c.target_weight_kg, c.ordered_on, c.delivery_due
            FROM commissions c JOIN parishes p ON p.id = c.parish_id
            WHERE c.status = %s
            ORDER BY {order_by}
            """,
            [status],
        )
        columns = [col[0] for col in cursor.description]
        rows = [dict(zip(columns, r)) for r in cursor.fetchall()]
    return JsonResponse({"commissions": rows}, json_dumps_params={"default": str})
