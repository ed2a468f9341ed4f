"""Public API behind the agency website and the partner widgets.

Anonymous visitors search listings; signed-in visitors (session cookie set
by the website's login flow) can save searches and shortlist properties.
"""
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .auth import current_member
from .search import search_listings
from .shortlist import add_to_shortlist, get_shortlist

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app = FastAPI(title="Listings API", version="3.2.0")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


class ShortlistItem(BaseModel):
    property_id: int
    note: str | None = None


@app.get("/listings")
def listings(
    q: str = "",
    min_price: int | None = None,
    max_price: int | None = None,
    bedrooms: int | None = None,
    channel: str = "sale",
):
    if channel not in {"sale", "let"}:
        raise HTTPException(status_code=400, detail="channel must be sale or let")
    return search_listings(q=q, min_price=min_price, max_price=max_price, bedrooms=bedrooms, channel=channel)


@app.get("/me/shortlist")
def my_shortlist(member=Depends(current_member)):
    return get_shortlist(member.id)


@app.post("/me/shortlist", status_code=201)
def shortlist_property(item: ShortlistItem, request: Request, member=Depends(current_member)):
    return add_to_shortlist(member.id, item.property_id, item.note)
