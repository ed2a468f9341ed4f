"""Public, unauthenticated read API for restaurant menus (embedded by partner websites)."""
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .catalog import get_menu, search_restaurants

app = FastAPI(title="Public menu API", docs_url=None, redoc_url=None)

# any partner website may embed the menu widget; no cookies or auth are involved
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)


@app.get("/v1/restaurants")
async def restaurants(q: str = "", city: str | None = None, limit: int = 20):
    limit = max(1, min(limit, 50))
    return {"results": await search_restaurants(q, city=city, limit=limit)}


@app.get("/v1/restaurants/{slug}/menu")
async def menu(slug: str):
    data = await get_menu(slug)
    if data is None:
        raise HTTPException(status_code=404, detail="restaurant not found")
    return data
