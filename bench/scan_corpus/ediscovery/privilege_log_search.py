"""Search helpers backing the privilege log screen in the review UI."""
from dataclasses import dataclass
from typing import Optional

import psycopg
from psycopg.rows import dict_row

LOG_COLUMNS = (
    "entry_id, bates_begin, bates_end, doc_date, author, recipients, "
    "privilege_basis, description"
)


@dataclass
class PrivLogFilter:
    matter_id: int
    basis: Optional[str] = None          # "AC", "WP", "AC/WP"
    author_contains: Optional[str] = None
    limit: int = 200


def _where_clause(f: PrivLogFilter) -> str:
    parts = [f"matter_id = {int(f.matter_id)}"]
    if f.basis:
        parts.append(f"privilege_basis = '{f.basis}'")
    if f.author_contains:
        parts.append(f"author ILIKE '%{f.author_contains}%'")
    return " AND ".join(parts)


def build_query(f: PrivLogFilter) -> str:
    return (
        f"SELECT {LOG_COLUMNS} FROM privilege_log WHERE "
        + _where_clause(f)
        + f" ORDER BY bates_begin LIMIT {int(f.limit)}"
    )


def search_privilege_log(dsn: str, f: PrivLogFilter) -> list[dict]:
    query = build_query(f)
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(query)
            return cur.fetchall()


def filter_from_request(matter_id: int, args: dict) -> PrivLogFilter:
    return PrivLogFilter(
        matter_id=matter_id,
        basis=args.get("basis") or None,
        author_contains=args.get("author") or None,
        limit=min(int(args.get("limit", 200)), 1000),
    )
