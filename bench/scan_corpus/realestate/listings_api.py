"""Read-only listings API consumed by partner widgets on third-party sites.

Everything here is public marketing data, so any origin may read it. No
cookies or auth headers are accepted, which is why credentials stay off.
"""
from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .search import get_listing, search_listings

app = FastAPI(title="Public listings widget API", version="1.4.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)


@app.get("/widget/listings")
def widget_listings(
    branch: str = Query(..., min_length=2, max_length=8),
    channel: str = Query("sale", pattern="^(sale|let)$"),
    limit: int = Query(12, ge=1, le=48),
):
    return search_listings(branch=branch, channel=channel, limit=limit, public_only=True)


@app.get("/widget/listings/{listing_id}")
def widget_listing(listing_id: int):
    listing = get_listing(listing_id, public_only=True)
    if listing is None:
        raise HTTPException(status_code=404, detail="Listing not found")
    return listing
