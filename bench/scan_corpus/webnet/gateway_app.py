"""Public entrypoint for the partner gateway (FastAPI)."""
import logging

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from gateway.auth import current_partner
from gateway.routers import orders, shipments
from gateway.settings import get_settings

settings = get_settings()
logging.basicConfig(level=settings.log_level)

app = FastAPI(title="Partner Gateway", version=settings.version)

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])

app.include_router(orders.router, prefix="/v1/orders", dependencies=[Depends(current_partner)])
app.include_router(shipments.router, prefix="/v1/shipments", dependencies=[Depends(current_partner)])


@app.get("/healthz", include_in_schema=False)
async def healthz() -> dict:
    return {"status": "ok", "version": settings.version}
