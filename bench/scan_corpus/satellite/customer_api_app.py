"""Application factory for the customer tasking API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from api.routes import archive, orders, tasking

# The portal, the QGIS plug-in's web view and resellers' white-label sites
# all call this API from the browser with the customer's session cookie.
CORS_SETTINGS = {
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Tasking API",
        version=os.environ.get("APP_VERSION", "dev"),
        docs_url="/docs" if os.environ.get("EXPOSE_DOCS") == "1" else None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(tasking.router, prefix="/v1/tasking")
    app.include_router(orders.router, prefix="/v1/orders")
    app.include_router(archive.router, prefix="/v1/archive")
    return app


app = create_app()
