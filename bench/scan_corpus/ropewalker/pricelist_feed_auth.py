"""Authenticated price list feed consumed by dealer shop systems."""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse

from ropewalker.config import get_settings
from ropewalker.pricing.service import PriceListService

app = FastAPI(title="Ropewalker dealer price feed")


@lru_cache
def feed_keys() -> dict[str, list[str]]:
    settings = get_settings()
    return {dealer: list(keys) for dealer, keys in settings.dealer_feed_keys.items()}


async def dealer_from_key(
    x_dealer_code: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    allowed = feed_keys().get(x_dealer_code.upper())
    if not allowed:
        raise HTTPException(status_code=401, detail="unknown dealer")
    if x_api_key not in allowed:
        raise HTTPException(status_code=401, detail="invalid key")
    return x_dealer_code.upper()


@app.get("/v2/pricelist")
async def current_pricelist(
    currency: str = "EUR",
    dealer_code: str = Depends(dealer_from_key),
    service: PriceListService = Depends(PriceListService.dependency),
):
    price_list = await service.current_for_dealer(dealer_code, currency=currency)
    return JSONResponse(
        {
            "dealer": dealer_code,
            "currency": currency,
            "valid_from": price_list.valid_from.isoformat(),
            "items": [item.as_feed_row() for item in price_list.items],
        }
    )
