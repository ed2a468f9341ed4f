"""Application factory for the review UI backend."""
import logging

from fastapi import FastAPI
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .routers import batches, coding, documents, health, privilege

log = logging.getLogger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REVIEW_")

    session_secret: str
    allowed_hosts: list[str] = ["review.internal"]
    session_max_age: int = 8 * 3600


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(title="Review Platform", docs_url=None, redoc_url=None)

    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.session_secret,
        session_cookie="review_session",
        max_age=settings.session_max_age,
        same_site="lax",
        https_only=False,
    )

    app.include_router(health.router)
    app.include_router(documents.router, prefix="/api")
    app.include_router(coding.router, prefix="/api")
    app.include_router(batches.router, prefix="/api")
    app.include_router(privilege.router, prefix="/api")

    log.info("review app configured for hosts %s", ", ".join(settings.allowed_hosts))
    return app
