"""Department enrollment report for the registrar dashboard."""
from psycopg2 import sql

SORTABLE = {
    "subject": "c.subject",
    "enrolled": "enrolled",
    "capacity": "s.capacity",
    "fill": "fill_ratio",
}


def build_report_query(sort_key: str, descending: bool, n_subjects: int) -> sql.Composed:
    column = SORTABLE.get(sort_key, "c.subject")
    direction = sql.SQL("DESC" if descending else "ASC")
    subject_placeholders = sql.SQL(", ").join(sql.Placeholder() * n_subjects)
    return sql.SQL("""
        SELECT c.subject, c.course_number, s.section, s.capacity,
               COUNT(e.student_id) AS enrolled,
               COUNT(e.student_id)::float / NULLIF(s.capacity, 0) AS fill_ratio
        FROM sections s
        JOIN courses c ON c.course_id = s.course_id
        LEFT JOIN enrollments e ON e.section_id = s.section_id AND e.status = 'E'
        WHERE s.term_code = %s AND c.subject IN ({subjects})
        GROUP BY c.subject, c.course_number, s.section, s.capacity
        ORDER BY {order} {direction}
    """).format(
        subjects=subject_placeholders,
        order=sql.SQL(column),
        direction=direction,
    )


def enrollment_report(conn, term_code: str, subjects: list[str],
                      sort_key: str = "subject", descending: bool = False) -> list[tuple]:
    if not subjects:
        return []
    query = build_report_query(sort_key, descending, len(subjects))
    with conn.cursor() as cur:
        cur.execute(query, [term_code, *subjects])
        return cur.fetchall()
