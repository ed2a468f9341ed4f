"""ASGI entry point for the web shop API (tickets, pass renewals, vouchers)."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from shop.routers import cart, checkout, passes

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.environ.get("SHOP_ALLOWED_ORIGINS", "").split(",")
    if o.strip()
]


def create_app() -> FastAPI:
    app = FastAPI(title="Web shop API")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=ALLOWED_ORIGINS,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
    )
    app.include_router(cart.router, prefix="/cart")
    app.include_router(checkout.router, prefix="/checkout")
    app.include_router(passes.router, prefix="/passes")
    return app


app = create_app()
