"""Search backend for the employee directory page."""
import psycopg2.extras

BASE_QUERY = """
    SELECT e.id, e.first_name, e.last_name, e.title, d.name AS department, e.work_email
    FROM employees e
    JOIN departments d ON d.id = e.department_id
    WHERE e.status = 'active'
"""


def build_search_sql(term: str) -> str:
    return (
        BASE_QUERY
        + " AND (e.first_name || ' ' || e.last_name) ILIKE '%" + term.strip() + "%'"
        + " ORDER BY e.last_name, e.first_name LIMIT 50"
    )


def search_directory(conn, term: str) -> list[dict]:
    if len(term.strip()) < 2:
        return []
    sql = build_search_sql(term)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return [dict(row) for row in cur.fetchall()]


def directory_card(row: dict) -> dict:
    return {
        "id": row["id"],
        "name": f"{row['first_name']} {row['last_name']}",
        "title": row["title"],
        "department": row["department"],
        "email": row["work_email"],
    }
