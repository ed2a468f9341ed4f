"""Application factory for the public notarization API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from notary.api import documents, identity, sessions, webhooks
from notary.observability import install_tracing

API_TITLE = "Notary Platform API"

# Partner portals are white-labelled and served from the partner's own domain,
# so origins aren't known ahead of time.
CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Request-Id"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title=API_TITLE,
        version=os.environ.get("APP_VERSION", "dev"),
        docs_url=None if os.environ.get("HIDE_DOCS") else "/docs",
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(identity.router, prefix="/v1")
    app.include_router(sessions.router, prefix="/v1")
    app.include_router(documents.router, prefix="/v1")
    app.include_router(webhooks.router)

    install_tracing(app, service_name="notary-api")

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"ok": True}

    return app


app = create_app()
