"""Guest basket for the online store (FastAPI service).

Visitors can fill a basket without signing in; the basket id lives in a
cookie and the lines (with any engraving text) are kept server-side.
"""
import secrets

from fastapi import APIRouter, Cookie, Response
from pydantic import BaseModel, Field

from .baskets import BasketStore

router = APIRouter(prefix="/basket")
store = BasketStore()

BASKET_COOKIE = "pt_basket"
CURRENCY_COOKIE = "pt_currency"
COOKIE_MAX_AGE = 60 * 60 * 24 * 30
CURRENCIES = {"GBP", "EUR", "USD"}


class AddItem(BaseModel):
    sku: str = Field(..., max_length=32)
    qty: int = Field(1, ge=1, le=20)
    engraving: str | None = Field(None, max_length=120)


def _remember_basket(response: Response, basket_id: str) -> None:
    response.set_cookie(
        BASKET_COOKIE, basket_id, max_age=COOKIE_MAX_AGE,
        secure=True, httponly=True, samesite="lax",
    )


@router.post("/items")
async def add_item(item: AddItem, response: Response, pt_basket: str | None = Cookie(default=None)):
    if pt_basket and await store.exists(pt_basket):
        basket_id = pt_basket
    else:
        basket_id = secrets.token_urlsafe(24)
    basket = await store.add(basket_id, item.sku, item.qty, item.engraving)
    _remember_basket(response, basket_id)
    return {"items": len(basket.lines), "subtotal": str(basket.subtotal)}


@router.put("/currency/{code}")
async def set_currency(code: str, response: Response):
    code = code.upper()
    if code not in CURRENCIES:
        code = "GBP"
    response.set_cookie(CURRENCY_COOKIE, code, max_age=COOKIE_MAX_AGE, secure=True, samesite="lax")
    return {"currency": code}
