"""Docket queries for the municipal court case-management system."""
from datetime import date

SORT_COLUMNS = {
    "filed": "c.filed_on",
    "hearing": "c.next_hearing_on",
    "case": "c.case_number",
    "defendant": "p.last_name",
}

DOCKET_SQL = """
    SELECT c.case_number, c.case_type, c.status, c.filed_on, c.next_hearing_on,
           p.first_name, p.last_name
      FROM cases c
      JOIN parties p ON p.case_id = c.id AND p.role = 'DEFENDANT'
     WHERE c.courtroom = %(courtroom)s
       AND c.next_hearing_on BETWEEN %(start)s AND %(end)s
"""


def docket_query(sort: str = "hearing", descending: bool = False) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["hearing"])
    direction = "DESC" if descending else "ASC"
    return f"{DOCKET_SQL} ORDER BY {column} {direction}, c.case_number"


def fetch_docket(conn, courtroom: str, start: date, end: date, sort: str = "hearing", descending: bool = False):
    params = {"courtroom": courtroom, "start": start, "end": end}
    with conn.cursor() as cur:
        cur.execute(docket_query(sort, descending), params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def search_by_defendant(conn, last_name: str, limit: int = 25):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT c.case_number, c.status, p.first_name, p.last_name FROM cases c "
            "JOIN parties p ON p.case_id = c.id WHERE p.last_name ILIKE %s ORDER BY c.filed_on DESC LIMIT %s",
            (last_name + "%", limit),
        )
        return cur.fetchall()
