"""FastAPI application for the headless storefront API.

Serves the mobile app and the new Next.js frontend. Customers are logged in
with the shop's session cookie, which the frontends send cross-origin.
"""
import logging
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import basket, catalogue, checkout, events, library

log = logging.getLogger(__name__)

app = FastAPI(title="Bookshop Storefront API", version="2.3.0", docs_url=None, redoc_url=None)

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)

app.include_router(catalogue.router, prefix="/catalogue", tags=["catalogue"])
app.include_router(basket.router, prefix="/basket", tags=["basket"])
app.include_router(checkout.router, prefix="/checkout", tags=["checkout"])
app.include_router(events.router, prefix="/events", tags=["events"])
app.include_router(library.router, prefix="/library", tags=["library"])


@app.get("/healthz", include_in_schema=False)
async def healthz() -> dict:
    return {"status": "ok", "release": os.environ.get("RELEASE_SHA", "unknown")}


@app.on_event("startup")
async def announce() -> None:
    log.info("storefront API starting, release %s", os.environ.get("RELEASE_SHA", "unknown"))
