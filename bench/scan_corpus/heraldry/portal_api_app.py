"""ASGI entry point for the member portal API."""
import logging
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import commissions, drafts, invoices, research

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

app = FastAPI(
    title="Heraldry Studio member portal",
    version="3.4.0",
    docs_url=None,
    redoc_url=None,
)

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"], allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "X-Requested-With"],
    max_age=600,
)

app.include_router(commissions.router)
app.include_router(drafts.router)
app.include_router(invoices.router)
app.include_router(research.router)


@app.get("/healthz", include_in_schema=False)
def healthz():
    return {"status": "ok"}


@app.on_event("startup")
async def announce():
    logging.getLogger("portal").info("portal API %s starting", app.version)
