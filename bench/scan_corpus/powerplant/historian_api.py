"""Historian query API consumed by the engineering web tools and Excel add-in."""

import logging
import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from historian_api.auth import require_user
from historian_api.routers import aggregates, events, tags

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

app = FastAPI(
    title="Plant Historian API",
    version="3.4.1",
    docs_url="/docs" if os.environ.get("ENABLE_DOCS") == "1" else None,
)

app.add_middleware(GZipMiddleware, minimum_size=2048)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(tags.router, prefix="/tags", dependencies=[Depends(require_user)])
app.include_router(aggregates.router, prefix="/aggregates", dependencies=[Depends(require_user)])
app.include_router(events.router, prefix="/events", dependencies=[Depends(require_user)])


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
