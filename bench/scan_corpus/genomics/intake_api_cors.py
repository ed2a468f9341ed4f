"""FastAPI entrypoint for the requisition intake API used by the ordering widget."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from intake_api.auth import session_router
from intake_api.routers import orders, specimens, status

# the ordering widget is embedded in several hospital EHR portals
EMBED_ORIGINS = ["*"]

app = FastAPI(
    title="Requisition Intake API",
    version=os.environ.get("APP_VERSION", "dev"),
    docs_url=None,
    redoc_url=None,
)

app.add_middleware(
    CORSMiddleware,
    allow_origins=EMBED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH"],
    allow_headers=["Authorization", "Content-Type", "X-Requisition-Id"],
)

app.include_router(session_router, prefix="/session")
app.include_router(orders.router, prefix="/orders", tags=["orders"])
app.include_router(specimens.router, prefix="/specimens", tags=["specimens"])
app.include_router(status.router, prefix="/status", tags=["status"])


@app.get("/healthz", include_in_schema=False)
def healthz() -> dict:
    return {"ok": True}
