"""ASGI app for the ordering widget that partner shops embed on their sites."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware

from .routers import basket, catalogue


def _partner_origins() -> list[str]:
    raw = os.environ.get("WIDGET_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    if any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("WIDGET_ALLOWED_ORIGINS must list explicit https origins")
    return origins


app = FastAPI(title="Ordering Widget API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=_partner_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
)
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["WIDGET_SESSION_SECRET"],
    https_only=True,
    same_site="none",
)

app.include_router(catalogue.router)
app.include_router(basket.router)
