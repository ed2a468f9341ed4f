"""Repository for user-defined automation rules (PostgreSQL, cloud side)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import dict_row

SORTABLE_COLUMNS = {
    "name": "name",
    "created": "created_at",
    "last_run": "last_run_at",
}


@dataclass
class RuleFilter:
    household_id: str
    enabled: bool | None = None
    name_prefix: str | None = None
    sort: str = "created"
    descending: bool = True
    limit: int = 50


class AutomationRuleRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def list_rules(self, flt: RuleFilter) -> list[dict[str, Any]]:
        column = SORTABLE_COLUMNS.get(flt.sort)
        if column is None:
            raise ValueError(f"cannot sort by {flt.sort!r}")
        direction = "DESC" if flt.descending else "ASC"
        clauses = ["household_id = %s"]
        params: list[Any] = [flt.household_id]
        if flt.enabled is not None:
            clauses.append("enabled = %s")
            params.append(flt.enabled)
        if flt.name_prefix:
            clauses.append("name LIKE %s")
            params.append(flt.name_prefix.replace("%", r"\%").replace("_", r"\_") + "%")
        params.append(min(max(flt.limit, 1), 200))
        query = (
            "SELECT id, name, enabled, trigger, actions, created_at, last_run_at FROM rules "
            f"WHERE {' AND '.join(clauses)} ORDER BY {column} {direction} LIMIT %s"
        )
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, params)
            return cur.fetchall()

    def set_enabled(self, household_id: str, rule_id: int, enabled: bool) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE rules SET enabled = %s WHERE id = %s AND household_id = %s",
                (enabled, rule_id, household_id),
            )
        self._conn.commit()
