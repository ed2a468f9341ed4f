"""Class search for the registration front end.

Queries the section catalogue in the SIS reporting replica (SQL Server).
"""
from dataclasses import dataclass

import pyodbc

SECTION_QUERY = """
SELECT TOP 200 s.crn, c.subject, c.course_number, c.title, s.section,
       s.instructor_name, s.seats_available
FROM sections s
JOIN courses c ON c.course_id = s.course_id
WHERE {where}
ORDER BY c.subject, c.course_number, s.section
"""


@dataclass
class SectionFilter:
    term_code: str
    subject: str | None = None
    keyword: str | None = None
    open_only: bool = False


def _where_clause(f: SectionFilter) -> tuple[str, list]:
    clauses = ["s.term_code = ?"]
    params: list = [f.term_code]
    if f.subject:
        clauses.append("c.subject = ?")
        params.append(f.subject.upper())
    if f.open_only:
        clauses.append("s.seats_available > 0")
    if f.keyword:
        kw = f.keyword.strip()
        clauses.append(f"(c.title LIKE '%{kw}%' OR c.course_number LIKE '{kw}%')")
    return " AND ".join(clauses), params


def search_sections(conn: pyodbc.Connection, f: SectionFilter) -> list[dict]:
    where, params = _where_clause(f)
    cursor = conn.cursor()
    cursor.execute(SECTION_QUERY.format(where=where), params)
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]
