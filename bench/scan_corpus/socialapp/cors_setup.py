"""CORS configuration for the FastAPI gateway used by the web app."""

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def _allowed_origins() -> list[str]:
    raw = os.environ.get("CORS_ALLOWED_ORIGINS", "https://app.example.com,https://www.example.com")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


def install_cors(app: FastAPI) -> None:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=_allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-CSRF-Token"],
        expose_headers=["X-Total-Count", "Link"],
        max_age=600,
    )


def create_app() -> FastAPI:
    app = FastAPI(title="socialapp-gateway", docs_url=None, redoc_url=None)

    from gateway.routes import feed, messages, profiles

    app.include_router(feed.router, prefix="/api")
    app.include_router(messages.router, prefix="/api")
    app.include_router(profiles.router, prefix="/api")
    install_cors(app)
    return app
