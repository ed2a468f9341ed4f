"""Grant ledger listing with user-selectable sort for the finance screen."""
import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from studio.settings import DATABASE_DSN

SORTABLE = frozenset({"posted_on", "amount_pence", "category", "grant_reference"})


class LedgerQuery:
    def __init__(self, dsn: str = DATABASE_DSN):
        self.dsn = dsn

    def _order_clause(self, sort: str, descending: bool) -> sql.Composed:
        column = sort if sort in SORTABLE else "posted_on"
        direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
        return sql.SQL("ORDER BY {} {}").format(sql.Identifier(column), direction)

    def entries(self, grant_reference: str, sort: str = "posted_on", descending: bool = True):
        query = sql.SQL(
            "SELECT posted_on, category, description, amount_pence "
            "FROM grant_ledger WHERE grant_reference = %s {order} LIMIT 500"
        ).format(order=self._order_clause(sort, descending))
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(query, (grant_reference,)).fetchall()

    def balance(self, grant_reference: str) -> int:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(amount_pence), 0) FROM grant_ledger WHERE grant_reference = %s",
                (grant_reference,),
            ).fetchone()
        return int(row[0])


def ledger_summary(grant_reference: str, sort: str) -> dict:
    q = LedgerQuery()
    return {
        "grant": grant_reference,
        "entries": q.entries(grant_reference, sort=sort.lstrip("-"), descending=sort.startswith("-")),
        "balance_pence": q.balance(grant_reference),
    }
