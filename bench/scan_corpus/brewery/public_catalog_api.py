"""Public beer catalogue API used by retailer websites and the beer finder widget.

Serves only published, non-personal data (beers, styles, where to buy), so
any site may embed it; no cookies or auth are involved.
"""
from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from catalog.repository import find_retailers_near, get_beer, list_published_beers

app = FastAPI(title="Beer catalogue", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=86400,
)


@app.get("/v1/beers")
def beers(style: str | None = None, limit: int = Query(50, le=200)):
    return list_published_beers(style=style, limit=limit)


@app.get("/v1/beers/{slug}")
def beer(slug: str):
    item = get_beer(slug)
    if item is None or not item.published:
        raise HTTPException(404)
    return item


@app.get("/v1/where-to-buy")
def where_to_buy(beer: str, lat: float = Query(..., ge=-90, le=90),
                 lon: float = Query(..., ge=-180, le=180), radius_km: int = Query(25, le=100)):
    return find_retailers_near(beer, lat, lon, radius_km)
