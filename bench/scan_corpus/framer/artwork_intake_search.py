"""Search intake tickets by customer name, artwork title or ticket number."""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

SEARCH_SQL = """
    SELECT t.id, t.ticket_no, t.artwork_title, cu.full_name, t.status, t.received_on
    FROM intake_ticket t
    JOIN intake_customer cu ON cu.id = t.customer_id
    WHERE t.artwork_title ILIKE %s
       OR cu.full_name ILIKE %s
       OR CAST(t.ticket_no AS TEXT) = %s
    ORDER BY t.received_on DESC
    LIMIT %s
"""


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_tickets(term: str, limit: int = 30):
    pattern = f"%{_escape_like(term)}%"
    with connection.cursor() as cursor:
        cursor.execute(SEARCH_SQL, [pattern, pattern, term, limit])
        columns = [col[0] for col in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


@login_required
@require_GET
def intake_search(request):
    term = request.GET.get("q", "").strip()
    if len(term) < 2:
        return JsonResponse({"results": []})
    try:
        limit = min(int(request.GET.get("limit", 30)), 100)
    except ValueError:
        limit = 30
    rows = search_tickets(term, limit)
    for row in rows:
        row["received_on"] = row["received_on"].isoformat() if row["received_on"] else None
    return JsonResponse({"results": rows, "count": len(rows)})
