"""Data access for the comment moderation tools (psycopg 3)."""
from typing import Sequence

import psycopg
from psycopg import sql

SORT_COLUMNS = {
    "newest": "created_at DESC",
    "oldest": "created_at ASC",
    "toxicity": "toxicity_score DESC",
}


def bulk_set_status(conn: psycopg.Connection, comment_ids: Sequence[int], status: str, moderator_id: int) -> int:
    placeholders = ", ".join(["%s"] * len(comment_ids))
    query = (
        f"UPDATE comments SET status = %s, moderated_by = %s, moderated_at = now() "
        f"WHERE id IN ({placeholders})"
    )
    with conn.cursor() as cur:
        cur.execute(query, [status, moderator_id, *comment_ids])
        return cur.rowcount


def comments_for_article(conn: psycopg.Connection, article_id: int, sort: str = "newest", limit: int = 100) -> list[tuple]:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["newest"])
    query = sql.SQL(
        "SELECT id, author_name, body, status, created_at FROM comments "
        "WHERE article_id = %s ORDER BY {} LIMIT %s"
    ).format(sql.SQL(order_by))
    with conn.cursor() as cur:
        cur.execute(query, (article_id, limit))
        return cur.fetchall()


def search_comments(conn: psycopg.Connection, term: str, section: str | None = None) -> list[tuple]:
    query = "SELECT c.id, c.body FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.body ILIKE %s"
    params: list = [f"%{term}%"]
    if section:
        query += " AND a.section = %s"
        params.append(section)
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
