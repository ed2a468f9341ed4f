"""Search for dishes that satisfy a guest's dietary requirements when building a menu."""
from __future__ import annotations

import os

import psycopg
from fastapi import FastAPI, HTTPException, Query
from psycopg import sql
from psycopg.rows import dict_row

app = FastAPI()

DIET_FLAGS = {
    "vegetarian": "is_vegetarian",
    "vegan": "is_vegan",
    "halal": "is_halal",
    "kosher": "is_kosher",
    "gluten_free": "is_gluten_free",
}


def build_query(diets: list[str], exclude_allergens: list[str], text_filter: str | None) -> tuple[sql.Composed, list]:
    conditions = [sql.SQL("d.archived = false")]
    params: list = []
    for diet in diets:
        conditions.append(sql.SQL("d.{} = true").format(sql.Identifier(DIET_FLAGS[diet])))
    if exclude_allergens:
        conditions.append(
            sql.SQL(
                "NOT EXISTS (SELECT 1 FROM dish_allergens da "
                "WHERE da.dish_id = d.id AND da.allergen_code = ANY(%s))"
            )
        )
        params.append(exclude_allergens)
    if text_filter:
        conditions.append(sql.SQL("d.name ILIKE %s"))
        params.append(f"%{text_filter}%")
    query = sql.SQL(
        "SELECT d.id, d.name, d.course, d.price_pence FROM dishes d WHERE {} ORDER BY d.course, d.name"
    ).format(sql.SQL(" AND ").join(conditions))
    return query, params


@app.get("/dishes/suitable")
def suitable_dishes(
    diet: list[str] = Query(default=[]),
    exclude: list[str] = Query(default=[]),
    q: str | None = None,
):
    unknown = [d for d in diet if d not in DIET_FLAGS]
    if unknown:
        raise HTTPException(status_code=400, detail=f"unknown diets: {', '.join(unknown)}")
    query, params = build_query(diet, [a.lower() for a in exclude], q)
    with psycopg.connect(os.environ["MENU_DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(query, params).fetchall()
    return {"count": len(rows), "dishes": rows}
