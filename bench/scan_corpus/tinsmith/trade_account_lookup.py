"""Accounts desk lookup: find trade accounts by name, postcode or account code."""
from django.contrib.auth.decorators import permission_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

MAX_RESULTS = 25


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_accounts(term: str, include_on_hold: bool = False) -> list[dict]:
    query = """
        SELECT a.account_code, a.company_name, a.postcode, a.credit_limit,
               a.balance, a.on_hold
          FROM accounts_tradeaccount a
         WHERE (a.company_name ILIKE %s OR a.postcode ILIKE %s OR a.account_code = %s)
           AND (%s OR NOT a.on_hold)
         ORDER BY a.company_name
         LIMIT %s
    """
    pattern = _like_pattern(term)
    params = [pattern, pattern, term.upper(), include_on_hold, MAX_RESULTS]
    with connection.cursor() as cur:
        cur.execute(query, params)
        columns = [c[0] for c in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]


@require_GET
@permission_required("accounts.view_tradeaccount", raise_exception=True)
def account_search(request: HttpRequest) -> JsonResponse:
    term = request.GET.get("q", "").strip()
    if len(term) < 2:
        return JsonResponse({"results": []})
    include_on_hold = request.GET.get("on_hold") == "1"
    rows = find_accounts(term, include_on_hold)
    for row in rows:
        row["credit_limit"] = str(row["credit_limit"])
        row["balance"] = str(row["balance"])
    return JsonResponse({"results": rows})
