"""Order history report for trade accounts (Django)."""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

PAGE_SIZE = 100


def _account_id_for(user) -> int:
    return user.trade_profile.account_id


def _fetch_orders(account_id: int, sort: str, descending: bool, page: int):
    direction = "DESC" if descending else "ASC"
    offset = max(page - 1, 0) * PAGE_SIZE
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT o.order_no, o.placed_at, o.status, o.total_net, COUNT(l.id) AS lines "
            f"FROM trade_orders o LEFT JOIN trade_order_lines l ON l.order_id = o.id "
            f"WHERE o.account_id = %s GROUP BY o.id ORDER BY {sort} {direction} "
            f"LIMIT %s OFFSET %s",
            [account_id, PAGE_SIZE, offset],
        )
        columns = [c[0] for c in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]


@login_required
@require_GET
def order_history(request):
    sort = request.GET.get("sort", "o.placed_at")
    descending = request.GET.get("dir", "desc").lower() == "desc"
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    rows = _fetch_orders(_account_id_for(request.user), sort, descending, page)
    for row in rows:
        row["placed_at"] = row["placed_at"].isoformat()
        row["total_net"] = str(row["total_net"])
    return JsonResponse({"page": page, "orders": rows})


@login_required
@require_GET
def order_totals(request):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT status, COUNT(*), COALESCE(SUM(total_net), 0) FROM trade_orders "
            "WHERE account_id = %s GROUP BY status",
            [_account_id_for(request.user)],
        )
        totals = {status: {"count": n, "net": str(net)} for status, n, net in cur.fetchall()}
    return JsonResponse({"totals": totals})
