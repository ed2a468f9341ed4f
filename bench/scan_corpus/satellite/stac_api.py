"""Public, read-only STAC catalogue of the open-data archive.

Anyone may browse it from any web page; there is no login and no cookies,
so requests are made without credentials.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from stac.routes import collections, items, search

PUBLIC_CORS = {
    "allow_origins": ["*"],
    "allow_credentials": False,
    "allow_methods": ["GET", "POST", "OPTIONS"],
    "allow_headers": ["Content-Type", "Accept"],
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Open Data STAC API",
        root_path=os.environ.get("STAC_ROOT_PATH", ""),
    )
    app.add_middleware(CORSMiddleware, **PUBLIC_CORS)
    app.include_router(collections.router)
    app.include_router(items.router)
    app.include_router(search.router)
    return app


app = create_app()
