"""Invoice search for the accounts team (Django admin add-on view).

Accounts search by customer name fragment and an optional date range; the
query uses a window function for the running balance, hence the raw SQL.
"""
from datetime import date

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.shortcuts import render

RUNNING_BALANCE_SQL = """
    SELECT i.number, i.issued_on, c.name, i.total_eur, i.paid_eur,
           sum(i.total_eur - i.paid_eur) OVER (PARTITION BY c.id ORDER BY i.issued_on) AS balance
      FROM billing_invoice i
      JOIN crm_customer c ON c.id = i.customer_id
     WHERE c.name ILIKE %s
       AND i.issued_on BETWEEN %s AND %s
     ORDER BY c.name, i.issued_on
"""


def _parse_day(value: str, fallback: date) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return fallback


@staff_member_required
def invoice_search(request):
    term = request.GET.get("q", "").strip()
    start = _parse_day(request.GET.get("from"), date(date.today().year, 1, 1))
    end = _parse_day(request.GET.get("to"), date.today())
    rows = []
    if term:
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with connection.cursor() as cur:
            cur.execute(RUNNING_BALANCE_SQL, [pattern, start, end])
            cols = [c[0] for c in cur.description]
            rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return render(
        request,
        "billing/invoice_search.html",
        {"rows": rows, "q": term, "from": start, "to": end},
    )
