"""Staff API listing registered arms with sorting and filtering."""
from enum import Enum
from typing import Annotated

import sqlite3
from fastapi import Depends, FastAPI, Query

app = FastAPI(title="Registry listing")

SORTABLE = {
    "granted": "granted_year",
    "armiger": "armiger",
    "registered": "registered_at",
    "number": "registration_no",
}


class Direction(str, Enum):
    asc = "ASC"
    desc = "DESC"


def get_db():
    conn = sqlite3.connect("/var/lib/heraldry/registry.db")
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


@app.get("/registry/arms")
def list_arms(
    db: Annotated[sqlite3.Connection, Depends(get_db)],
    sort: str = "registered",
    direction: Direction = Direction.desc,
    county: list[str] = Query(default=[]),
    armiger: str | None = None,
    page: int = Query(1, ge=1),
    per_page: int = Query(25, ge=1, le=200),
):
    column = SORTABLE.get(sort, "registered_at")
    where, params = [], []
    if county:
        where.append(f"county IN ({','.join('?' * len(county))})")
        params.extend(county)
    if armiger:
        where.append("armiger LIKE ?")
        params.append(f"%{armiger}%")
    sql = "SELECT registration_no, armiger, county, granted_year FROM arms"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {column} {direction.value} LIMIT ? OFFSET ?"
    params.extend([per_page, (page - 1) * per_page])
    rows = db.execute(sql, params).fetchall()
    return {"page": page, "items": [dict(r) for r in rows]}
