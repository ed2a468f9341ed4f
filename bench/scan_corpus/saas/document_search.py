"""Title search over documents shared inside a workspace."""
from dataclasses import dataclass

import psycopg2.extras

SORTABLE = {"updated": "d.updated_at DESC", "title": "d.title ASC"}


@dataclass
class SearchQuery:
    workspace_id: int
    text: str
    sort: str = "updated"
    limit: int = 25


def _build_sql(q: SearchQuery) -> str:
    order_by = SORTABLE.get(q.sort, SORTABLE["updated"])
    return (
        "SELECT d.id, d.title, d.updated_at, u.display_name AS owner "
        "FROM documents d JOIN users u ON u.id = d.owner_id "
        f"WHERE d.workspace_id = {int(q.workspace_id)} "
        f"AND d.title ILIKE '%{q.text}%' "
        f"ORDER BY {order_by} LIMIT {min(int(q.limit), 100)}"
    )


class DocumentSearch:
    def __init__(self, conn):
        self.conn = conn

    def run(self, q: SearchQuery) -> list[dict]:
        sql = _build_sql(q)
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            return list(cur.fetchall())


def search_documents(conn, workspace_id: int, text: str, sort: str = "updated") -> list[dict]:
    return DocumentSearch(conn).run(SearchQuery(workspace_id=workspace_id, text=text, sort=sort))
