"""ASGI app for the signer portal backend."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from notary.portal import invites, sessions, uploads


def _origins() -> list[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    for origin in origins:
        if not origin.startswith("https://") or "*" in origin:
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


def create_app() -> FastAPI:
    app = FastAPI(title="Signer Portal API", docs_url=None, redoc_url=None)
    app.add_middleware(
        TrustedHostMiddleware,
        allowed_hosts=[h.strip() for h in os.environ["PORTAL_HOSTS"].split(",")],
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
    )
    app.include_router(invites.router)
    app.include_router(sessions.router)
    app.include_router(uploads.router)
    return app


app = create_app()
