"""Sortable listing of the colour recipe catalogue for the studio's mixing bench."""
from enum import Enum

import psycopg
from fastapi import APIRouter, Query

from .config import settings

router = APIRouter(prefix="/recipes")


class SortField(str, Enum):
    pantone = "pantone"
    code = "code"
    firing_temp = "firing_temp"
    last_used = "last_used"


SORT_COLUMNS = {
    SortField.pantone: "pantone_ref",
    SortField.code: "code",
    SortField.firing_temp: "firing_temp_c",
    SortField.last_used: "last_used",
}


def list_recipes(sort: SortField, descending: bool, search: str | None) -> list[dict]:
    column = SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    sql = "SELECT code, pantone_ref, frit_blend, firing_temp_c, last_used FROM colour_recipes"
    params: list = []
    if search:
        sql += " WHERE pantone_ref ILIKE %s OR code ILIKE %s"
        params += [f"%{search}%", f"%{search}%"]
    sql += f" ORDER BY {column} {direction}, code ASC"
    with psycopg.connect(settings.recipes_dsn) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@router.get("")
def recipes(
    sort: SortField = Query(SortField.pantone),
    desc: bool = Query(False),
    q: str | None = Query(None, max_length=40),
):
    return {"recipes": list_recipes(sort, desc, q)}
