"""Storefront API used by the boutique web shop and the concierge app."""
from __future__ import annotations

import os
from typing import Any, Dict, List

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from boutique.catalog import CatalogRepository
from boutique.sessions import customer_from_session

CORS_SETTINGS: Dict[str, Any] = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Boutique storefront")
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    catalog = CatalogRepository(os.environ["BOUTIQUE_DB_URL"])

    @app.get("/api/collections")
    def collections() -> List[Dict[str, Any]]:
        return catalog.collections()

    @app.get("/api/watches/{reference}")
    def watch(reference: str) -> Dict[str, Any]:
        return catalog.by_reference(reference)

    @app.get("/api/me/wishlist")
    def wishlist(request: Request) -> Dict[str, Any]:
        customer = customer_from_session(request)
        return {"customer": customer.id, "items": catalog.wishlist(customer.id)}

    @app.post("/api/me/wishlist/{reference}")
    def add_to_wishlist(reference: str, request: Request) -> Dict[str, Any]:
        customer = customer_from_session(request)
        catalog.add_to_wishlist(customer.id, reference)
        return {"ok": True}

    @app.get("/api/me/orders")
    def my_orders(request: Request) -> Dict[str, Any]:
        customer = customer_from_session(request)
        return {"orders": catalog.orders_for(customer.id)}

    return app


app = create_app()
