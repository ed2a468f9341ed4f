"""Customer-service search over sock-box subscribers (by name, email or postcode)."""
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse

SEARCH_SQL = """
    SELECT s.id, s.first_name, s.last_name, s.email, a.postcode, s.plan, s.status
    FROM boxes_subscriber s
    LEFT JOIN boxes_address a ON a.id = s.shipping_address_id
    WHERE (s.email ILIKE %(pattern)s
           OR (s.first_name || ' ' || s.last_name) ILIKE %(pattern)s
           OR a.postcode ILIKE %(pattern)s)
      AND (%(status)s = '' OR s.status = %(status)s)
    ORDER BY s.last_name, s.first_name
    LIMIT 100
"""

STATUSES = {"active", "paused", "cancelled", "payment_failed"}


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_subscribers(term: str, status: str = "") -> list[dict]:
    if status and status not in STATUSES:
        status = ""
    with connection.cursor() as cur:
        cur.execute(SEARCH_SQL, {"pattern": _like_pattern(term.strip()), "status": status})
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@staff_member_required
def subscriber_search_view(request):
    term = request.GET.get("q", "")
    if len(term.strip()) < 2:
        return JsonResponse({"results": [], "hint": "type at least two characters"})
    results = search_subscribers(term, request.GET.get("status", ""))
    return JsonResponse({"results": results, "count": len(results)})
