"""Search endpoint for the mould library.

Moulds are catalogued by code (e.g. "TK-112" for the Georgian tankard body),
description, material (silicone, bronze, steel) and the shelf they live on.
"""
import sqlite3
from contextlib import closing

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

router = APIRouter(prefix="/moulds")

MOULD_DB = "/srv/pewter/moulds.sqlite3"


class MouldOut(BaseModel):
    code: str
    description: str
    material: str
    shelf: str
    cavities: int


def get_db():
    conn = sqlite3.connect(MOULD_DB, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


def _search_sql(term: str, material: str | None) -> tuple[str, list]:
    sql = (
        "SELECT code, description, material, shelf, cavities FROM moulds "
        f"WHERE retired = 0 AND (code LIKE '%{term}%' OR description LIKE '%{term}%')"
    )
    params: list = []
    if material:
        sql += " AND material = ?"
        params.append(material)
    return sql + " ORDER BY code LIMIT 50", params


@router.get("/search", response_model=list[MouldOut])
def search_moulds(
    q: str = Query(..., min_length=2, max_length=60),
    material: str | None = None,
    db: sqlite3.Connection = Depends(get_db),
):
    sql, params = _search_sql(q.strip(), material)
    with closing(db.cursor()) as cur:
        rows = cur.execute(sql, params).fetchall()
    return [MouldOut(**dict(r)) for r in rows]
