"""Search over the choir's music library catalogue (scores, parts, licences)."""
from psycopg2 import sql
import psycopg2.extras

SORTABLE = {
    "title": "title",
    "composer": "composer_surname",
    "voicing": "voicing",
    "copies": "copies_available",
    "added": "catalogued_at",
}
PAGE_SIZE = 50


def _order_by(sort: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort, "title")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL("ORDER BY {} {}").format(sql.Identifier(column), direction)


def search_scores(conn, text: str = "", voicing: str | None = None, sort: str = "title", descending: bool = False, page: int = 1) -> list[dict]:
    """Full-text-ish search used by the librarian and by conductors planning repertoire."""
    filters = [sql.SQL("withdrawn = FALSE")]
    params: dict = {}
    if text:
        filters.append(sql.SQL("(title ILIKE %(q)s OR composer_surname ILIKE %(q)s OR arranger ILIKE %(q)s)"))
        params["q"] = f"%{text}%"
    if voicing:
        filters.append(sql.SQL("voicing = %(voicing)s"))
        params["voicing"] = voicing.upper()
    params["limit"] = PAGE_SIZE
    params["offset"] = max(page - 1, 0) * PAGE_SIZE

    query = sql.SQL(
        "SELECT id, title, composer_surname, arranger, voicing, publisher, copies_available "
        "FROM score_catalogue WHERE {where} {order} LIMIT %(limit)s OFFSET %(offset)s"
    ).format(where=sql.SQL(" AND ").join(filters), order=_order_by(sort, descending))

    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query, params)
        return cur.fetchall()


def count_copies_out(conn, score_id: int) -> int:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT COUNT(*) FROM score_loans WHERE score_id = %s AND returned_at IS NULL",
            (score_id,),
        )
        return cur.fetchone()[0]
