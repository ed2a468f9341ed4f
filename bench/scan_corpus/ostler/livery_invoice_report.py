"""Monthly livery invoice listing for the yard accounts screen."""

from datetime import date

import psycopg
from psycopg.rows import dict_row

from ostler.config import settings

SORT_COLUMNS = {
    "owner": "o.surname",
    "amount": "i.total_pence",
    "issued": "i.issued_on",
    "due": "i.due_on",
}
DEFAULT_SORT = "issued"


def _order_by(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    return f"{column} {direction}"


def list_invoices(month: date, sort_key: str = DEFAULT_SORT, descending: bool = True,
                  unpaid_only: bool = False) -> list[dict]:
    order_by = _order_by(sort_key, descending)
    query = f"""
        SELECT i.id, i.number, o.surname, o.first_name, i.total_pence,
               i.issued_on, i.due_on, i.paid_on
          FROM livery_invoices i
          JOIN owners o ON o.id = i.owner_id
         WHERE date_trunc('month', i.issued_on) = date_trunc('month', %(month)s::date)
           AND (%(unpaid)s = false OR i.paid_on IS NULL)
         ORDER BY {order_by}
    """
    with psycopg.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        return conn.execute(query, {"month": month, "unpaid": unpaid_only}).fetchall()


def outstanding_total(owner_id: int) -> int:
    with psycopg.connect(settings.DATABASE_URL) as conn:
        row = conn.execute(
            "SELECT COALESCE(SUM(total_pence), 0) FROM livery_invoices "
            "WHERE owner_id = %s AND paid_on IS NULL",
            (owner_id,),
        ).fetchone()
    return int(row[0])
