"""FastAPI application for the remote vehicle control API used by the owner web app."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from remote.routes import climate, locks, vehicle_status

app = FastAPI(title="Remote Vehicle Control", docs_url=None, redoc_url=None)

app.add_middleware(
    TrustedHostMiddleware,
    allowed_hosts=[h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h],
)
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(locks.router, prefix="/v1/locks", tags=["locks"])
app.include_router(climate.router, prefix="/v1/climate", tags=["climate"])
app.include_router(vehicle_status.router, prefix="/v1/status", tags=["status"])


@app.get("/healthz", include_in_schema=False)
def healthz() -> dict:
    return {"ok": True}
