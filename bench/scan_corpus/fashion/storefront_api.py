"""FastAPI app serving the headless storefront (basket, account, wishlist).

The storefront SPA is deployed per market on its own domain and on preview
domains for every pull request, so the allowed origin list changes often.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from storefront.routes import account, basket, wishlist

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With", "X-Market"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="storefront-api",
        docs_url=None if os.environ.get("APP_ENV") == "production" else "/docs",
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(basket.router, prefix="/basket")
    app.include_router(account.router, prefix="/account")
    app.include_router(wishlist.router, prefix="/wishlist")

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app


app = create_app()
