"""Customer search for the events sales team.

Sales reps look up caterers, venues and planners by name or town before
quoting an event order. Uses a raw query because of the trigram ranking.
"""
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from customers.models import EventCustomer

SEARCH_SQL = """
    SELECT id, company_name, contact_name, town, similarity(company_name, %s) AS score
    FROM customers_eventcustomer
    WHERE company_name ILIKE %s OR town ILIKE %s
    ORDER BY score DESC, company_name
    LIMIT %s
"""


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_customers(term: str, limit: int = 20) -> list[EventCustomer]:
    pattern = _like(term)
    return list(EventCustomer.objects.raw(SEARCH_SQL, [term, pattern, pattern, limit]))


@require_GET
@login_required
def customer_search(request: HttpRequest) -> JsonResponse:
    term = request.GET.get("q", "").strip()
    if len(term) < 2:
        return JsonResponse({"results": []})
    try:
        limit = max(1, min(int(request.GET.get("limit", 20)), 50))
    except ValueError:
        limit = 20
    results = [
        {
            "id": c.id,
            "company": c.company_name,
            "contact": c.contact_name,
            "town": c.town,
            "score": round(c.score, 3),
        }
        for c in search_customers(term, limit)
    ]
    return JsonResponse({"results": results})
