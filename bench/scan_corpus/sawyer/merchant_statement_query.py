"""Monthly statement data for merchant trade accounts.

Credit control staff pull a statement for a merchant account covering a
period, optionally limited to one branch of the merchant, before sending
it out with the dunning letters.
"""
from datetime import date

from django.contrib.auth.decorators import permission_required
from django.db import connection
from django.http import JsonResponse

from sawyer.accounts.models import MerchantAccount

STATEMENT_SQL = """
    SELECT i.invoice_no, i.issued_on, i.due_on, i.total_pence, i.paid_pence, d.branch_code
    FROM sales_invoice i
    JOIN delivery_note d ON d.id = i.delivery_note_id
    WHERE i.account_id = %s AND i.issued_on BETWEEN %s AND %s
"""


class StatementQuery:
    def __init__(self, account: MerchantAccount, start: date, end: date):
        self.account = account
        self.start = start
        self.end = end

    def sql_for(self, branch):
        sql = STATEMENT_SQL
        if branch:
            sql += " AND d.branch_code = '" + branch + "'"
        return sql + " ORDER BY i.issued_on"

    def rows(self, branch=None):
        with connection.cursor() as cur:
            cur.execute(self.sql_for(branch), [self.account.pk, self.start, self.end])
            cols = [c[0] for c in cur.description]
            return [dict(zip(cols, r)) for r in cur.fetchall()]

    def balance(self, rows):
        return sum(r["total_pence"] - r["paid_pence"] for r in rows)


@permission_required("accounts.view_statement")
def statement_view(request, account_no):
    account = MerchantAccount.objects.get(number=account_no)
    query = StatementQuery(
        account,
        date.fromisoformat(request.GET["from"]),
        date.fromisoformat(request.GET["to"]),
    )
    rows = query.rows(request.GET.get("branch"))
    return JsonResponse(
        {"account": account.number, "balance_pence": query.balance(rows), "lines": rows},
        json_dumps_params={"default": str},
    )
