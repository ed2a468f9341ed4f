"""Pattern store inventory queries (wood, resin and metal patterns)."""
from psycopg2 import sql

SORTABLE = {
    "pattern": "pattern_no",
    "customer": "customer_no",
    "location": "rack_location",
    "last_used": "last_used_at",
}


def _order_by(sort: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort, "pattern_no")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL("ORDER BY {} {}").format(sql.Identifier(column), direction)


class PatternInventory:
    def __init__(self, conn):
        self.conn = conn

    def list_patterns(self, customer_no: str | None, sort: str = "pattern", descending: bool = False):
        query = sql.SQL(
            "SELECT pattern_no, customer_no, material, rack_location, last_used_at "
            "FROM patterns WHERE (%s IS NULL OR customer_no = %s) {} LIMIT 500"
        ).format(_order_by(sort, descending))
        with self.conn.cursor() as cur:
            cur.execute(query, (customer_no, customer_no))
            return cur.fetchall()

    def by_numbers(self, pattern_nos: list[str]):
        if not pattern_nos:
            return []
        placeholders = ", ".join(["%s"] * len(pattern_nos))
        query = f"SELECT pattern_no, rack_location FROM patterns WHERE pattern_no IN ({placeholders})"
        with self.conn.cursor() as cur:
            cur.execute(query, pattern_nos)
            return cur.fetchall()
