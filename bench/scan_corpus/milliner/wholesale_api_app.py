"""FastAPI service backing the wholesale buyers' single-page ordering app."""
from __future__ import annotations

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}


class OrderLine(BaseModel):
    style_code: str
    colour: str
    quantity: int


class WholesaleOrder(BaseModel):
    purchase_order: str
    lines: list[OrderLine]


def current_buyer(request: Request) -> str:
    buyer = request.session.get("buyer_id") if "session" in request.scope else None
    if not buyer:
        raise HTTPException(status_code=401, detail="sign in to the wholesale portal")
    return buyer


def build_app() -> FastAPI:
    api = FastAPI(title="Brimstone & Bow Wholesale")
    api.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    @api.get("/wholesale/catalogue")
    def catalogue(buyer: str = Depends(current_buyer)):
        return {"buyer": buyer, "styles": ["BB-FED-01", "BB-CLO-03", "BB-BOA-07"]}

    @api.post("/wholesale/orders", status_code=201)
    def place_order(order: WholesaleOrder, buyer: str = Depends(current_buyer)):
        units = sum(line.quantity for line in order.lines)
        if units < 12:
            raise HTTPException(status_code=422, detail="minimum wholesale order is 12 units")
        return {"buyer": buyer, "po": order.purchase_order, "units": units}

    return api


app = build_app()
