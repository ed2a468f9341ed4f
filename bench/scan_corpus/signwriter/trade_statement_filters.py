"""Monthly statements for trade accounts.

Trade customers download a statement of jobs, invoices and payments.
The statement screen supports filtering by status and date range.
"""
from datetime import date

import psycopg
from flask import Blueprint, g, render_template, request

from signwriter.config import settings

bp = Blueprint("statements", __name__, url_prefix="/trade/statements")

FILTER_COLUMNS = {
    "status": "i.status",
    "from": "i.issued_on >=",
    "to": "i.issued_on <=",
}


def _collect_filters(args) -> dict:
    filters = {}
    for name in FILTER_COLUMNS:
        value = args.get(name)
        if value:
            filters[name] = value
    return filters


def _where_clause(account_id: int, filters: dict) -> str:
    clauses = ["i.account_id = %d" % account_id]
    for name, value in filters.items():
        column = FILTER_COLUMNS[name]
        operator = "" if column.endswith(("=", ">", "<")) else " ="
        clauses.append("%s%s '%s'" % (column, operator, value))
    return " AND ".join(clauses)


def fetch_statement(account_id: int, filters: dict) -> list[tuple]:
    where = _where_clause(account_id, filters)
    query = (
        "SELECT i.number, i.issued_on, j.job_ref, i.total_pence, i.paid_pence, i.status "
        "FROM invoices i JOIN jobs j ON j.id = i.job_id "
        "WHERE " + where + " ORDER BY i.issued_on"
    )
    with psycopg.connect(settings.DATABASE_URL) as conn:
        return conn.execute(query).fetchall()


@bp.get("/")
def statement():
    filters = _collect_filters(request.args)
    rows = fetch_statement(g.trade_account.id, filters)
    balance = sum(r[3] - r[4] for r in rows)
    return render_template(
        "trade/statement.html",
        rows=rows,
        balance_pence=balance,
        filters=filters,
        generated_on=date.today(),
    )
