"""Paged, sortable listing of import declarations for the staff portal grid."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Date, MetaData, Numeric, String, Table, desc, func, select
from sqlalchemy.engine import Engine

metadata = MetaData()

declarations = Table(
    "declarations",
    metadata,
    Column("entry_number", String(11), primary_key=True),
    Column("importer_of_record", String(120)),
    Column("port_code", String(4)),
    Column("entry_date", Date),
    Column("total_duty", Numeric(14, 2)),
)


class DeclarationListing:
    sortable = {
        "entry": declarations.c.entry_number,
        "importer": declarations.c.importer_of_record,
        "port": declarations.c.port_code,
        "date": declarations.c.entry_date,
        "duty": declarations.c.total_duty,
    }

    def __init__(self, engine: Engine, page_size: int = 50) -> None:
        self.engine = engine
        self.page_size = page_size

    def _order(self, sort: str):
        key = sort.lstrip("-")
        column = self.sortable.get(key, declarations.c.entry_date)
        return desc(column) if sort.startswith("-") else column

    def page(self, params: dict[str, str]) -> dict[str, Any]:
        number = max(1, int(params.get("page", 1)))
        stmt = select(declarations)
        if params.get("importer"):
            stmt = stmt.where(declarations.c.importer_of_record.ilike(f"%{params['importer']}%"))
        if params.get("port"):
            stmt = stmt.where(declarations.c.port_code == params["port"])
        total_stmt = select(func.count()).select_from(stmt.subquery())
        stmt = stmt.order_by(self._order(params.get("sort", "-date")))
        stmt = stmt.limit(self.page_size).offset((number - 1) * self.page_size)
        with self.engine.connect() as conn:
            total = conn.execute(total_stmt).scalar_one()
            rows = [dict(r._mapping) for r in conn.execute(stmt)]
        return {"page": number, "total": total, "rows": rows}
