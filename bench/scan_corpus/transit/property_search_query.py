"""Query builder for the lost property office's item search screen.

Supports free-text search over descriptions, filters on category and the
office holding the item, and sorting by a handful of columns.
"""
from dataclasses import dataclass

SORT_COLUMNS = {
    "newest": "found_on DESC, id DESC",
    "oldest": "found_on ASC, id ASC",
    "category": "category ASC, found_on DESC",
    "office": "office_code ASC, found_on DESC",
}


@dataclass
class ItemSearch:
    text: str | None = None
    category: str | None = None
    office: str | None = None
    sort: str = "newest"
    limit: int = 50

    def build(self) -> tuple[str, list]:
        conditions = ["status = 'held'"]
        params: list = []
        if self.text:
            conditions.append("description ILIKE %s")
            params.append(f"%{self.text.strip()}%")
        if self.category:
            conditions.append("category = %s")
            params.append(self.category)
        if self.office:
            conditions.append("office_code = %s")
            params.append(self.office)
        order_by = SORT_COLUMNS.get(self.sort, SORT_COLUMNS["newest"])
        sql = (
            "SELECT id, reference, description, category, office_code, found_on "
            f"FROM lost_items WHERE {' AND '.join(conditions)} ORDER BY {order_by} LIMIT %s"
        )
        params.append(min(max(self.limit, 1), 200))
        return sql, params


def run_search(conn, search: ItemSearch) -> list[tuple]:
    sql, params = search.build()
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
