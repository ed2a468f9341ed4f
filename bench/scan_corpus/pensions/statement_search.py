"""Admin search over benefit statements with user-selectable sorting."""
from __future__ import annotations

from psycopg import sql

SORTABLE_COLUMNS = {
    "member": "member_id",
    "date": "statement_date",
    "pot": "pot_value",
    "income": "projected_income",
}


def build_search(scheme_code: str, tax_year: str, sort: str = "member", descending: bool = False):
    column = SORTABLE_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"cannot sort by {sort!r}")
    query = sql.SQL(
        "SELECT member_id, statement_date, pot_value, projected_income "
        "FROM benefit_statements WHERE scheme_code = %s AND tax_year = %s "
        "ORDER BY {} {}"
    ).format(sql.Identifier(column), sql.SQL("DESC" if descending else "ASC"))
    return query, (scheme_code, tax_year)


def search_statements(conn, scheme_code: str, tax_year: str, sort: str = "member", descending: bool = False):
    query, params = build_search(scheme_code, tax_year, sort, descending)
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
