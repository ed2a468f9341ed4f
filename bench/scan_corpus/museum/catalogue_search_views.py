"""Full-text catalogue search against the Postgres search index."""
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

PAGE_SIZE = 25


def _search_sql(department: str | None) -> str:
    sql = (
        "SELECT o.id, o.accession_number, o.title, o.maker, "
        "ts_rank(o.search_vector, plainto_tsquery('english', %s)) AS rank "
        "FROM collection_object o "
        "WHERE o.search_vector @@ plainto_tsquery('english', %s)"
    )
    if department:
        sql += f" AND o.department_code = '{department}'"
    return sql + " ORDER BY rank DESC LIMIT %s OFFSET %s"


def _run(sql: str, params: list) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, row)) for row in cursor.fetchall()]


@require_GET
def search(request):
    term = request.GET.get("q", "").strip()
    if not term:
        return JsonResponse({"results": [], "page": 1})
    try:
        page = max(int(request.GET.get("page", 1)), 1)
    except ValueError:
        page = 1
    sql = _search_sql(request.GET.get("dept"))
    rows = _run(sql, [term, term, PAGE_SIZE, (page - 1) * PAGE_SIZE])
    return JsonResponse({"results": rows, "page": page})
