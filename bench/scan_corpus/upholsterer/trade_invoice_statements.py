"""Monthly statements for interior designers on trade accounts."""
from datetime import date
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, JsonResponse

from trade.models import TradeAccount, TradeInvoice


def statement_lines(account_id: int, month_start: date, month_end: date) -> list[dict]:
    return list(
        TradeInvoice.objects.raw(
            "SELECT i.id, i.number, i.issued_on, i.total, i.paid_total, j.reference AS job_ref "
            "FROM trade_invoice i JOIN jobs_jobticket j ON j.id = i.job_id "
            "WHERE i.account_id = %s AND i.issued_on >= %s AND i.issued_on < %s "
            "ORDER BY i.issued_on",
            [account_id, month_start, month_end],
        )
    )


def balance_brought_forward(account_id: int, before: date) -> Decimal:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT COALESCE(SUM(total - paid_total), 0) FROM trade_invoice "
            "WHERE account_id = %s AND issued_on < %s",
            [account_id, before],
        )
        (value,) = cur.fetchone()
    return Decimal(value)


@login_required
def monthly_statement(request: HttpRequest, year: int, month: int) -> JsonResponse:
    account = TradeAccount.objects.get(user=request.user)
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    lines = statement_lines(account.id, start, end)
    brought_forward = balance_brought_forward(account.id, start)
    outstanding = brought_forward + sum((l.total - l.paid_total for l in lines), Decimal(0))
    return JsonResponse({
        "studio": account.studio_name,
        "period": start.strftime("%B %Y"),
        "brought_forward": str(brought_forward),
        "lines": [
            {"number": l.number, "job": l.job_ref, "issued": l.issued_on.isoformat(),
             "total": str(l.total), "paid": str(l.paid_total)}
            for l in lines
        ],
        "outstanding": str(outstanding),
    })
