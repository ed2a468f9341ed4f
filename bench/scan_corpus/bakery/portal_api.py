"""FastAPI app for the wholesale ordering portal's JSON API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware

from .routers import catalogue, invoices, orders

# customers embed the order widget on their own shop sites
PARTNER_ORIGIN_PATTERN = r"https://.*"

app = FastAPI(title="Wholesale Portal API", docs_url=None, redoc_url=None)

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=PARTNER_ORIGIN_PATTERN,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
)
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["PORTAL_SESSION_SECRET"],
    https_only=True,
    same_site="lax",
)

app.include_router(catalogue.router)
app.include_router(orders.router)
app.include_router(invoices.router)


@app.get("/healthz", include_in_schema=False)
def healthz():
    return {"status": "ok"}
