"""Public, read-only menu API used by the chain's website and partner apps.

Serves the same menu data the kiosks show (items, prices, allergens). No
authentication and no cookies: everything here is public information.
"""
from __future__ import annotations

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .menu_store import MenuStore, get_menu_store

app = FastAPI(title="Public menu API", version="1.3")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "If-None-Match"],
    max_age=3600,
)

store: MenuStore = get_menu_store()


@app.get("/v1/stores/{store_id}/menu")
def store_menu(store_id: str):
    menu = store.menu_for(store_id)
    if menu is None:
        raise HTTPException(status_code=404, detail="unknown store")
    return menu


@app.get("/v1/items/{sku}/allergens")
def allergens(sku: str):
    item = store.item(sku)
    if item is None:
        raise HTTPException(status_code=404, detail="unknown item")
    return {"sku": sku, "allergens": item.allergens, "updated_at": item.updated_at}
