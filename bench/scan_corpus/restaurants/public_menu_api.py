"""Read-only public menu API used by store locator widgets, search engines and
aggregators. No authentication and no cookies; everything here is public."""
from __future__ import annotations

import os

import asyncpg
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="Public Menu API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Accept-Language"],
    max_age=3600,
)


@app.on_event("startup")
async def startup() -> None:
    app.state.pool = await asyncpg.create_pool(os.environ["MENU_READONLY_DATABASE_URL"], max_size=10)


@app.get("/v1/stores/{store_id}/menu")
async def store_menu(store_id: str) -> dict:
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT sku, name, description, price_cents, calories, category "
            "FROM published_menu_items WHERE store_id = $1 AND available ORDER BY category, sort_order",
            store_id,
        )
    if not rows:
        raise HTTPException(status_code=404, detail="store not found or menu not published")
    return {"store_id": store_id, "items": [dict(r) for r in rows]}
