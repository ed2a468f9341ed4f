"""Stock lookups for the store-level SQLite cache used by the counter terminals."""
from __future__ import annotations

import aiosqlite

SORT_COLUMNS = {
    "ndc": "ndc",
    "name": "description",
    "on_hand": "on_hand",
    "updated": "updated_at",
}


def _search_sql(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, "description")
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT ndc, description, on_hand, bin_location FROM stock "
        "WHERE description LIKE ? ESCAPE '\\' "
        f"ORDER BY {column} {direction} LIMIT ?"
    )


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def search_stock(db_path: str, term: str, sort: str = "name", descending: bool = False, limit: int = 50):
    async with aiosqlite.connect(db_path) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute(_search_sql(sort, descending), (_like_pattern(term), limit)) as cur:
            return [dict(row) for row in await cur.fetchall()]


async def on_hand(db_path: str, ndc: str) -> int:
    async with aiosqlite.connect(db_path) as db:
        async with db.execute("SELECT on_hand FROM stock WHERE ndc = ?", (ndc,)) as cur:
            row = await cur.fetchone()
    return row[0] if row else 0
