"""FastAPI application serving the online bidding room.

Bidders browse the sale, register for paddles and place bids from the
auction house site and from white-label partner sites embedding our widget.
"""

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .auth import current_bidder
from .routers import absentee, catalogue, live, registration

CORS_CONFIG = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Paddle"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Auction bidding API",
        docs_url=None if os.environ.get("APP_ENV") == "production" else "/docs",
    )
    app.add_middleware(CORSMiddleware, **CORS_CONFIG)

    app.include_router(catalogue.router, prefix="/catalogue", tags=["catalogue"])
    app.include_router(registration.router, prefix="/registration", tags=["registration"])
    app.include_router(absentee.router, prefix="/absentee", tags=["absentee"], dependencies=[Depends(current_bidder)])
    app.include_router(live.router, prefix="/live", tags=["live"])

    @app.get("/healthz", include_in_schema=False)
    async def healthz():
        return {"status": "ok"}

    return app


app = create_app()
