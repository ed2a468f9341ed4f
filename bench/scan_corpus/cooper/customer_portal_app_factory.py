"""Application factory for the FastAPI customer portal.

The signed-in portal is used from our own web app and from the order
tracker widget hosted on partner distillery intranets. The public cask
catalogue is also embedded, without sign-in, on wine-trade sites.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from cooperage.api import catalogue, orders, repairs

PORTAL_ORIGINS = [
    "https://portal.example-cooperage.com",
    "https://tracker.highland-spirits.example",
    "https://intranet.bordeaux-vins.example",
]


def _extra_origins() -> list[str]:
    raw = os.environ.get("PORTAL_EXTRA_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


def build_catalogue_app() -> FastAPI:
    public = FastAPI(title="Cask catalogue")
    public.include_router(catalogue.router)
    public.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=False,
        allow_methods=["GET"],
    )
    return public


def create_app() -> FastAPI:
    app = FastAPI(title="Cooperage customer portal", docs_url=None, redoc_url=None)
    app.include_router(orders.router, prefix="/api/orders")
    app.include_router(repairs.router, prefix="/api/repairs")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=PORTAL_ORIGINS + _extra_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
    )
    app.mount("/catalogue", build_catalogue_app())
    return app
