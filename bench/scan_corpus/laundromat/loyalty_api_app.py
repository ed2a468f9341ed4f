"""ASGI entry point for the loyalty API.

Serves the mobile app (native, no CORS involved) and the web wallet that
partner stores embed on their own sites.
"""
import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import members, rewards, wallet
from .settings import get_settings

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Request-Id"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="WashPoint Loyalty API", version="2.3.0", docs_url=None, redoc_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(members.router, prefix="/v1/members")
    app.include_router(wallet.router, prefix="/v1/wallet")
    app.include_router(rewards.router, prefix="/v1/rewards")

    @app.get("/healthz", include_in_schema=False)
    def health():
        return {"ok": True, "env": settings.environment}

    return app


app = create_app()
