"""Inventory data access object used by the warehouse service."""
import sqlite3
from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    name: str
    quantity: int
    bin_location: str


class InventoryDAO:
    table = "inventory_items"
    filterable = ("sku", "name", "bin_location", "supplier")
    base_query = "SELECT sku, name, quantity, bin_location FROM {table} WHERE {conditions} ORDER BY sku"

    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def _conditions(self, **filters):
        parts = ["1=1"]
        for column, value in filters.items():
            if column not in self.filterable:
                raise ValueError(f"cannot filter on {column!r}")
            parts.append(f"{column} = '{value}'")
        return " AND ".join(parts)

    def search(self, **filters):
        sql = self.base_query.format(table=self.table, conditions=self._conditions(**filters))
        cur = self.conn.execute(sql)
        return [Item(*row) for row in cur.fetchall()]

    def adjust(self, sku, delta):
        with self.conn:
            self.conn.execute(
                "UPDATE inventory_items SET quantity = quantity + ? WHERE sku = ?",
                (int(delta), sku),
            )


def handle_search(dao: InventoryDAO, query_params: dict):
    """Translate /inventory?name=...&bin_location=... into a DAO lookup."""
    filters = {k: v for k, v in query_params.items() if k in InventoryDAO.filterable}
    return [item.__dict__ for item in dao.search(**filters)]
