"""Back-office order listing for the foundry sales team."""

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse

SORTABLE_COLUMNS = {
    "placed": "o.placed_at",
    "total": "o.total_amount",
    "customer": "c.company_name",
    "status": "o.status",
}
DEFAULT_SORT = "placed"
PAGE_SIZE = 100


def _sort_clause(params) -> str:
    column = SORTABLE_COLUMNS.get(params.get("sort", DEFAULT_SORT), SORTABLE_COLUMNS[DEFAULT_SORT])
    direction = "ASC" if params.get("dir") == "asc" else "DESC"
    return f"ORDER BY {column} {direction}"


def _dictfetchall(cursor) -> list[dict]:
    names = [col[0] for col in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@staff_member_required
def order_list(request):
    status = request.GET.get("status")
    page = max(int(request.GET.get("page", "1") or 1), 1)
    where, params = "WHERE 1 = 1", []
    if status:
        where += " AND o.status = %s"
        params.append(status)
    sql = (
        "SELECT o.number, o.placed_at, o.total_amount, o.currency, o.status, c.company_name "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        f"{where} {_sort_clause(request.GET)} LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE])
        rows = _dictfetchall(cursor)
    for row in rows:
        row["placed_at"] = row["placed_at"].isoformat()
        row["total_amount"] = str(row["total_amount"])
    return JsonResponse({"page": page, "orders": rows})
