"""Full-text commit search over a repository's indexed history (Postgres)."""
from psycopg import Connection, sql
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "date": "committed_at",
    "author": "author_name",
    "files": "files_changed",
}
MAX_RESULTS = 200


def build_commit_query(sort: str, descending: bool) -> sql.Composed:
    column = SORT_COLUMNS.get(sort, "committed_at")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL(
        "SELECT sha, author_name, author_email, committed_at, summary "
        "FROM commits "
        "WHERE repository_id = %(repo_id)s "
        "AND search_vector @@ plainto_tsquery('simple', %(q)s) "
        "ORDER BY {column} {direction} "
        "LIMIT %(limit)s"
    ).format(column=sql.Identifier(column), direction=direction)


def search_commits(conn: Connection, repo_id: int, q: str, sort: str = "date",
                   descending: bool = True, limit: int = 50) -> list[dict]:
    query = build_commit_query(sort, descending)
    params = {"repo_id": repo_id, "q": q, "limit": max(1, min(limit, MAX_RESULTS))}
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()
