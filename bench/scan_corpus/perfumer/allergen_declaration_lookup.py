"""Look up EU allergen declarations for a set of raw materials in a formula."""
import sqlite3
from contextlib import closing

from perfumer.config import MATERIALS_DB_PATH

ALLERGEN_FIELDS = ("cas_number", "inci_name", "allergen", "max_percent")


class AllergenLookup:
    def __init__(self, db_path: str = MATERIALS_DB_PATH):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def for_materials(self, cas_numbers: list[str]) -> list[dict]:
        if not cas_numbers:
            return []
        placeholders = ", ".join("?" for _ in cas_numbers)
        columns = ", ".join(ALLERGEN_FIELDS)
        sql = f"SELECT {columns} FROM material_allergens WHERE cas_number IN ({placeholders}) ORDER BY inci_name"
        with closing(self._connect()) as conn:
            return [dict(r) for r in conn.execute(sql, cas_numbers).fetchall()]

    def declarable(self, formula_lines: list[tuple[str, float]], leave_on: bool = True) -> list[dict]:
        threshold = 0.001 if leave_on else 0.01
        by_cas = {cas: pct for cas, pct in formula_lines}
        declared = []
        for row in self.for_materials(list(by_cas)):
            contribution = by_cas[row["cas_number"]] * row["max_percent"] / 100
            if contribution > threshold:
                declared.append({**row, "contribution": round(contribution, 5)})
        return declared
