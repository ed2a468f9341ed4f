"""FastAPI application behind the live-stream player: chat, viewer counts and bid overlay."""

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import chat, overlay, viewers


def _allowed_origins() -> list[str]:
    configured = os.environ.get("LIVESTREAM_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


CORS_CONFIG = {
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Live stream API", docs_url=None)
    app.add_middleware(CORSMiddleware, allow_origins=_allowed_origins(), **CORS_CONFIG)

    app.include_router(viewers.router, prefix="/viewers", tags=["viewers"])
    app.include_router(overlay.router, prefix="/overlay", tags=["overlay"])
    app.include_router(chat.router, prefix="/chat", tags=["chat"])

    @app.get("/healthz", include_in_schema=False)
    async def healthz():
        return {"status": "ok"}

    return app


app = create_app()
