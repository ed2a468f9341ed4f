"""FastAPI application for the orders service."""
from functools import lru_cache

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic_settings import BaseSettings, SettingsConfigDict

from orders.auth import require_session
from orders.routers import carts, checkout


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ORDERS_")

    version: str = "0.0.0"
    # comma separated in the environment, e.g. ORDERS_CORS_ORIGINS=https://shop.example.com
    cors_origins: list[str] = []


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
app = FastAPI(title="Orders", version=settings.version)

app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
)

app.include_router(carts.router, prefix="/carts", dependencies=[Depends(require_session)])
app.include_router(checkout.router, prefix="/checkout", dependencies=[Depends(require_session)])


@app.get("/healthz", include_in_schema=False)
async def healthz() -> dict:
    return {"ok": True}
