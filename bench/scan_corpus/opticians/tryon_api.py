"""FastAPI app serving the virtual frame try-on service.

The try-on widget is embedded on the main storefront, on partner retailer
sites and in the booking flow; it calls this API from the browser with the
storefront session cookie to save frames to the customer's shortlist.
"""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from tryon.catalogue import frame_by_sku, overlay_assets
from tryon.sessions import customer_from_cookie
from tryon.shortlist import add_to_shortlist, list_shortlist

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app = FastAPI(title="try-on", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


class ShortlistItem(BaseModel):
    sku: str
    colour: str | None = None


def current_customer(request: Request) -> str:
    customer_id = customer_from_cookie(request.cookies.get(os.environ.get("STOREFRONT_COOKIE", "sf_session")))
    if customer_id is None:
        raise HTTPException(status_code=401)
    return customer_id


@app.get("/frames/{sku}/overlay")
def frame_overlay(sku: str):
    frame = frame_by_sku(sku)
    if frame is None:
        raise HTTPException(status_code=404)
    return {"sku": sku, "assets": overlay_assets(frame)}


@app.get("/shortlist")
def get_shortlist(customer_id: str = Depends(current_customer)):
    return {"items": list_shortlist(customer_id)}


@app.post("/shortlist", status_code=201)
def post_shortlist(item: ShortlistItem, customer_id: str = Depends(current_customer)):
    if frame_by_sku(item.sku) is None:
        raise HTTPException(status_code=404)
    add_to_shortlist(customer_id, item.sku, item.colour)
    return {"ok": True}
