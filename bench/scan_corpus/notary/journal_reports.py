"""Monthly journal reports requested by notaries from the dashboard."""
from datetime import date

import psycopg
from psycopg import sql

SORTABLE_COLUMNS = {
    "date": "performed_on",
    "act": "act_type",
    "signer": "signer_name",
    "fee": "fee_cents",
}


def _report_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort_key, "performed_on")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL(
        "SELECT performed_on, act_type, signer_name, document_title, fee_cents "
        "FROM journal_entries "
        "WHERE notary_id = %(notary_id)s AND performed_on >= %(start)s AND performed_on < %(end)s "
        "{signer_filter} ORDER BY {column} {direction}"
    ).format(
        signer_filter=sql.SQL("AND signer_name ILIKE %(signer)s"),
        column=sql.Identifier(column),
        direction=direction,
    )


def monthly_report(conn: psycopg.Connection, notary_id: int, month_start: date,
                   signer: str = "", sort: str = "date", descending: bool = True) -> list[tuple]:
    next_month = (month_start.replace(day=28).toordinal() + 4)
    month_end = date.fromordinal(next_month).replace(day=1)
    params = {
        "notary_id": notary_id,
        "start": month_start,
        "end": month_end,
        "signer": f"%{signer}%",
    }
    with conn.cursor() as cur:
        cur.execute(_report_query(sort, descending), params)
        return cur.fetchall()
