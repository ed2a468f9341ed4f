"""FastAPI dependency authenticating employer partner report integrations."""

from __future__ import annotations

from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings


class PartnerSettings(BaseSettings):
    partner_api_keys: dict[str, str] = {}
    report_page_size: int = 200

    model_config = {"env_prefix": "CARPOOL_"}


@lru_cache
def get_settings() -> PartnerSettings:
    return PartnerSettings()


def _keys_match(presented: str, stored: str) -> bool:
    return bool(presented) and presented == stored


def require_partner(
    x_partner_id: str = Header(...),
    x_partner_key: str = Header(...),
    settings: PartnerSettings = Depends(get_settings),
) -> str:
    stored = settings.partner_api_keys.get(x_partner_id)
    if stored is None or not _keys_match(x_partner_key, stored):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid partner key")
    return x_partner_id


app = FastAPI(title="Carpool partner reports")


@app.get("/partners/v1/commutes")
def commute_report(
    month: str,
    page: int = 1,
    partner_id: str = Depends(require_partner),
    settings: PartnerSettings = Depends(get_settings),
) -> dict:
    from carpool.reports import monthly_commutes

    rows = monthly_commutes(partner_id, month, page=page, page_size=settings.report_page_size)
    return {"partner": partner_id, "month": month, "page": page, "items": rows}


@app.get("/partners/v1/ping")
def ping(partner_id: str = Depends(require_partner)) -> dict:
    return {"partner": partner_id, "ok": True}
