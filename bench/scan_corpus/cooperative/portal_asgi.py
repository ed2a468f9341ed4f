"""ASGI application for the tenant portal API."""
import logging
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from coopsys.api import ballots, ledger, locks, tickets
from coopsys.db import dispose_engine, init_engine

log = logging.getLogger("portal")


def create_app() -> FastAPI:
    app = FastAPI(title="Coop Portal API", docs_url=None, redoc_url=None)

    app.add_middleware(
        TrustedHostMiddleware,
        allowed_hosts=os.environ.get("PORTAL_ALLOWED_HOSTS", "localhost").split(","),
    )
    # white-label portals run on each building's own domain
    app.add_middleware(
        CORSMiddleware,
        allow_origin_regex=r"https?://.*",
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Requested-With"],
    )

    app.include_router(ledger.router, prefix="/ledger", tags=["ledger"])
    app.include_router(tickets.router, prefix="/tickets", tags=["tickets"])
    app.include_router(locks.router, prefix="/locks", tags=["locks"])
    app.include_router(ballots.router, prefix="/ballots", tags=["ballots"])

    @app.on_event("startup")
    async def _startup() -> None:
        init_engine(os.environ["PORTAL_DATABASE_URL"])
        log.info("portal API started")

    @app.on_event("shutdown")
    async def _shutdown() -> None:
        await dispose_engine()

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict:
        return {"status": "ok"}

    return app


app = create_app()
