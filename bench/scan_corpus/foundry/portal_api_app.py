"""ASGI application for the customer portal API."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from portal.routers import certificates, drawings, orders

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT"],
    "allow_headers": ["Authorization", "Content-Type", "X-Requested-With"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Foundry customer portal", version="2.3.0")
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(drawings.router, prefix="/api/drawings", tags=["drawings"])
    app.include_router(certificates.router, prefix="/api/certificates", tags=["certificates"])
    app.include_router(orders.router, prefix="/api/orders", tags=["orders"])

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok"}

    return app


app = create_app()
