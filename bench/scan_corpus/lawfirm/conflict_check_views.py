"""Conflict-of-interest search run by intake before a new matter is opened."""
from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

CONFLICT_SQL = """
    SELECT p.id AS party_id, p.name, mp.role, m.number, m.title, m.status
    FROM parties_party p
    JOIN matters_matterparty mp ON mp.party_id = p.id
    JOIN matters_matter m ON m.id = mp.matter_id
    WHERE {where}
    ORDER BY m.opened_on DESC
    LIMIT 200
"""


def _build_query(name: str, include_closed: bool) -> str:
    clauses = [f"p.normalized_name LIKE '%{name.lower()}%'"]
    if not include_closed:
        clauses.append("m.status <> 'closed'")
    return CONFLICT_SQL.format(where=" AND ".join(clauses))


def _fetch(sql: str) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        columns = [col[0] for col in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


@require_GET
@login_required
@permission_required("matters.run_conflict_check", raise_exception=True)
def conflict_search(request):
    name = request.GET.get("name", "").strip()
    if len(name) < 3:
        return JsonResponse({"error": "enter at least three characters"}, status=400)

    include_closed = request.GET.get("include_closed") == "1"
    rows = _fetch(_build_query(name, include_closed))
    return JsonResponse({"query": name, "count": len(rows), "results": rows})
