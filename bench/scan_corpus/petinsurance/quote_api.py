"""Public quote API consumed by the marketing site and partner widgets."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .db import engine
from .routers import breeds, health, quotes

log = logging.getLogger("quote_api")

# Partner clinics embed the quote widget on their own sites.
WIDGET_ORIGINS = ["*"]

app = FastAPI(title="PawProtect Quote API", version="2.4.0", docs_url=None, redoc_url=None)
app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=WIDGET_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "Authorization"],
)

app.include_router(health.router)
app.include_router(breeds.router, prefix="/v1")
app.include_router(quotes.router, prefix="/v1")


@app.middleware("http")
async def add_request_id(request: Request, call_next):
    request_id = request.headers.get("X-Request-Id") or os.urandom(8).hex()
    response = await call_next(request)
    response.headers["X-Request-Id"] = request_id
    return response


@app.on_event("shutdown")
async def dispose_engine() -> None:
    await engine.dispose()
    log.info("database engine disposed")
