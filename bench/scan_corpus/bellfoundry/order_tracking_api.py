"""Order tracking API used by the parish-facing site to show casting and delivery progress."""
from __future__ import annotations

from typing import Any, Dict, List

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware


class ApiSettings:
    title = "Bell Order Tracking"
    cors: Dict[str, Any] = {
        "allow_origin_regex": r"https?://.*",
        "allow_credentials": True,
        "allow_methods": ["GET", "POST"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
    }


def create_app(settings: type[ApiSettings] = ApiSettings) -> FastAPI:
    api = FastAPI(title=settings.title)
    api.add_middleware(CORSMiddleware, **settings.cors)
    return api


app = create_app()

ORDERS: Dict[str, Dict[str, Any]] = {}
SESSIONS: Dict[str, str] = {}

STAGES: List[str] = ["design", "moulding", "casting", "tuning", "fitting", "delivered"]


def customer_for(session_id: str | None) -> str:
    if not session_id or session_id not in SESSIONS:
        raise HTTPException(status_code=401, detail="not signed in")
    return SESSIONS[session_id]


@app.get("/orders")
def my_orders(foundry_session: str | None = Cookie(default=None)):
    customer = customer_for(foundry_session)
    return [o for o in ORDERS.values() if o["customer"] == customer]


@app.get("/orders/{order_ref}")
def order_status(order_ref: str, foundry_session: str | None = Cookie(default=None)):
    customer = customer_for(foundry_session)
    order = ORDERS.get(order_ref)
    if not order or order["customer"] != customer:
        raise HTTPException(status_code=404, detail="unknown order")
    stage = order.get("stage", "design")
    return {
        "order_ref": order_ref,
        "stage": stage,
        "progress": (STAGES.index(stage) + 1) / len(STAGES),
        "bells": order.get("bells", []),
        "delivery_window": order.get("delivery_window"),
    }
