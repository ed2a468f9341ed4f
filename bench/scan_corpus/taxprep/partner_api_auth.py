"""API-key authentication for the partner (software reseller) refund-status API."""
from __future__ import annotations

from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings


class PartnerSettings(BaseSettings):
    partner_api_keys: dict[str, str] = {}

    model_config = {"env_prefix": "REFUND_API_"}


@lru_cache
def get_settings() -> PartnerSettings:
    return PartnerSettings()


def require_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
    settings: PartnerSettings = Depends(get_settings),
) -> str:
    expected = settings.partner_api_keys.get(x_partner_id)
    if expected is None or x_api_key != expected:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner credentials")
    return x_partner_id


app = FastAPI(title="Refund status (partners)")


@app.get("/v1/refunds/{return_id}")
async def refund_status(return_id: str, partner: str = Depends(require_partner)):
    from refunds.service import status_for_partner

    result = await status_for_partner(partner, return_id)
    if result is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return result
