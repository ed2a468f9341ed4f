"""Backend for the online auction of forfeited items.

Bidders sign in with a session cookie. The bidding widget is embedded on our
store pages and on partner marketplace listings, so the API is called cross-site.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from auctions.routers import bids, lots, watchlist

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    production = os.environ.get("APP_ENV") == "production"
    app = FastAPI(
        title="pawn-auctions",
        docs_url=None if production else "/docs",
        redoc_url=None,
    )
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(lots.router, prefix="/api/lots", tags=["lots"])
    app.include_router(bids.router, prefix="/api/bids", tags=["bids"])
    app.include_router(watchlist.router, prefix="/api/watchlist", tags=["watchlist"])

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok"}

    return app


app = create_app()
