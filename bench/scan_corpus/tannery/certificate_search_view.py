"""Search certification documents (LWG audits, REACH declarations, Cr(VI) test reports)."""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

DOC_TYPES = ("lwg_audit", "reach_declaration", "crvi_report", "origin_statement")


def _search(term: str, doc_type: str | None, limit: int = 100) -> list[dict]:
    sql = [
        "SELECT d.id, d.title, d.doc_type, d.issuer, d.valid_until, l.lot_no",
        "FROM certification_documents d",
        "LEFT JOIN lots l ON l.id = d.lot_id",
        "WHERE (d.title ILIKE %s OR d.issuer ILIKE %s OR l.lot_no = %s)",
    ]
    like = f"%{term}%"
    params: list = [like, like, term]
    if doc_type:
        sql.append("AND d.doc_type = %s")
        params.append(doc_type)
    sql.append("ORDER BY d.valid_until DESC NULLS LAST LIMIT %s")
    params.append(limit)
    with connection.cursor() as cur:
        cur.execute(" ".join(sql), params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@login_required
@require_GET
def search_documents(request):
    term = request.GET.get("q", "").strip()
    if len(term) < 2:
        return JsonResponse({"results": [], "error": "query too short"}, status=400)
    doc_type = request.GET.get("type")
    if doc_type and doc_type not in DOC_TYPES:
        return JsonResponse({"results": [], "error": "unknown document type"}, status=400)
    results = _search(term, doc_type)
    for r in results:
        r["valid_until"] = r["valid_until"].isoformat() if r["valid_until"] else None
    return JsonResponse({"results": results})
