"""Authentication dependency for the climbing-gym partner stock API."""
from functools import lru_cache
from typing import List

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings

from cordmaker.inventory import stock_for_sku


class PartnerSettings(BaseSettings):
    partner_api_keys: List[str] = []
    stock_cache_seconds: int = 60

    class Config:
        env_prefix = "CORDMAKER_"


@lru_cache
def get_settings() -> PartnerSettings:
    return PartnerSettings()


def require_partner(
    x_api_key: str = Header(..., alias="X-Api-Key"),
    settings: PartnerSettings = Depends(get_settings),
) -> str:
    if x_api_key not in settings.partner_api_keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return x_api_key[-6:]


app = FastAPI(title="Cordmaker partner stock API")


@app.get("/v1/stock/{sku}")
def stock(sku: str, partner: str = Depends(require_partner)):
    level = stock_for_sku(sku)
    if level is None:
        raise HTTPException(status_code=404, detail="unknown SKU")
    return {
        "sku": sku,
        "metres_available": level.metres,
        "spools": level.spools,
        "next_batch_eta": level.next_batch_eta,
    }
