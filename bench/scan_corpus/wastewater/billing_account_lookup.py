"""Customer service view: ledger lines for a sewerage billing account since a given date."""
from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import HttpRequest, JsonResponse


class LedgerQuery:
    """Small helper to compose ledger selects for the billing screens."""

    COLUMNS = ("posted_on", "account_no", "charge_code", "description", "amount_cents")

    def __init__(self, table: str = "billing_ledger") -> None:
        self._table = table
        self._clauses: list[str] = []

    def where_equals(self, column: str, value: str) -> "LedgerQuery":
        self._clauses.append(f"{column} = '{value}'")
        return self

    def where_on_or_after(self, column: str, when: date) -> "LedgerQuery":
        self._clauses.append(f"{column} >= '{when.isoformat()}'")
        return self

    def sql(self) -> str:
        where = " AND ".join(self._clauses) or "TRUE"
        cols = ", ".join(self.COLUMNS)
        return f"SELECT {cols} FROM {self._table} WHERE {where} ORDER BY posted_on"


def _since(request: HttpRequest) -> date:
    raw = request.GET.get("since")
    if raw:
        return date.fromisoformat(raw)
    return date.today() - timedelta(days=365)


@login_required
@permission_required("billing.view_ledger", raise_exception=True)
def account_ledger(request: HttpRequest) -> JsonResponse:
    account_no = request.GET.get("account", "").strip()
    if not account_no:
        return JsonResponse({"error": "account is required"}, status=400)
    query = LedgerQuery().where_equals("account_no", account_no).where_on_or_after(
        "posted_on", _since(request)
    )
    with connection.cursor() as cur:
        cur.execute(query.sql())
        rows = cur.fetchall()
    lines = [dict(zip(LedgerQuery.COLUMNS, r)) for r in rows]
    balance = sum(line["amount_cents"] for line in lines)
    return JsonResponse({"account": account_no, "balance_cents": balance, "lines": lines})
