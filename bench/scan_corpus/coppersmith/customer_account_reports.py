"""Account statements for trade customers.

Distilleries with running accounts can list their invoices and payments,
sorted the way their bookkeeper prefers.
"""
import psycopg
from psycopg.rows import dict_row

from coppersmith.settings import DATABASE_DSN


class StatementReport:
    base_query = (
        "SELECT invoice_no, issued_on, due_on, total, paid "
        "FROM invoices WHERE account_id = %s"
    )

    def __init__(self, account_id: int, sort: str = "issued_on", direction: str = "desc"):
        self.account_id = account_id
        self.sort = sort
        self.direction = "ASC" if direction.lower() == "asc" else "DESC"

    def query(self) -> str:
        return "{} ORDER BY {} {}".format(self.base_query, self.sort, self.direction)

    def rows(self) -> list[dict]:
        with psycopg.connect(DATABASE_DSN, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(self.query(), (self.account_id,))
                return cur.fetchall()

    def totals(self) -> dict:
        rows = self.rows()
        billed = sum(r["total"] for r in rows)
        paid = sum(r["paid"] for r in rows)
        return {"billed": billed, "paid": paid, "balance": billed - paid}


def statement_view(request, account_id: int):
    report = StatementReport(
        account_id,
        sort=request.GET.get("sort", "issued_on"),
        direction=request.GET.get("dir", "desc"),
    )
    return {"rows": report.rows(), "totals": report.totals()}
