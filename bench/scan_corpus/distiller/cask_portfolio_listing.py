"""Owner's cask portfolio page with sortable columns.

Owners see every cask they hold, with fill date, current estimated ABV
and regauge history, and can sort by any of the visible columns.
"""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse

SORTABLE = {
    "cask": "c.cask_number",
    "filled": "c.fill_date",
    "abv": "g.abv",
    "litres": "g.bulk_litres",
    "warehouse": "c.warehouse",
}
DEFAULT_SORT = "filled"


def _order_by(sort_key: str, descending: bool) -> str:
    column = SORTABLE.get(sort_key, SORTABLE[DEFAULT_SORT])
    return f"{column} {'DESC' if descending else 'ASC'}"


@login_required
def portfolio(request):
    order = _order_by(request.GET.get("sort", DEFAULT_SORT), request.GET.get("dir") == "desc")
    sql = (
        "SELECT c.cask_number, c.fill_date, c.warehouse, g.abv, g.bulk_litres "
        "FROM casks c LEFT JOIN latest_gauge g ON g.cask_id = c.id "
        "WHERE c.owner_id = %s "
        f"ORDER BY {order}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [request.user.id])
        cols = [col[0] for col in cursor.description]
        rows = [dict(zip(cols, row)) for row in cursor.fetchall()]
    return JsonResponse({"casks": rows})
