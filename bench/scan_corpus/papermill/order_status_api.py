"""Order status API consumed by the customer portal single-page app."""
from __future__ import annotations

import os
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic_settings import BaseSettings


class ApiSettings(BaseSettings):
    portal_origins: str = ""
    database_url: str = ""

    @property
    def origin_list(self) -> list[str]:
        return [o.strip() for o in self.portal_origins.split(",") if o.strip()]

    @property
    def cors_options(self) -> dict:
        return {
            "allow_origins": self.origin_list,
            "allow_credentials": True,
            "allow_methods": ["GET"],
            "allow_headers": ["Authorization", "Content-Type"],
            "max_age": 600,
        }


@lru_cache
def get_settings() -> ApiSettings:
    return ApiSettings(_env_prefix="ORDERS_", _env_file=os.environ.get("ORDERS_ENV_FILE"))


app = FastAPI(title="order-status")
app.add_middleware(CORSMiddleware, **get_settings().cors_options)


def get_repo():
    from orders.repository import OrderRepository
    return OrderRepository(get_settings().database_url)


@app.get("/orders/{order_number}")
def order_status(order_number: str, repo=Depends(get_repo)) -> dict:
    order = repo.find(order_number)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    return {
        "order": order.number,
        "status": order.status,
        "reels_produced": order.reels_produced,
        "reels_ordered": order.reels_ordered,
        "promised_date": order.promised_date.isoformat(),
    }
