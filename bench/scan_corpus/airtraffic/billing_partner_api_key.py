"""API key guard for partners pulling route charge statements."""
from __future__ import annotations

from datetime import date
from typing import List

from fastapi import APIRouter, Depends, Header, HTTPException, status
from pydantic import BaseModel, SecretStr
from pydantic_settings import BaseSettings


class BillingSettings(BaseSettings):
    partner_api_key: SecretStr
    statement_days: int = 31

    class Config:
        env_prefix = "ROUTE_BILLING_"


class PartnerKeyGuard:
    def __init__(self, settings: BillingSettings) -> None:
        self.settings = settings

    @property
    def expected(self) -> str:
        return self.settings.partner_api_key.get_secret_value()

    def __call__(self, x_partner_key: str = Header(default="")) -> str:
        if not x_partner_key or x_partner_key != self.expected:
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid key")
        return x_partner_key


class StatementLine(BaseModel):
    flight_date: date
    callsign: str
    route_units: float
    amount_eur: float


settings = BillingSettings()
guard = PartnerKeyGuard(settings)
router = APIRouter(prefix="/billing/partner")


@router.get("/statements/{airline_icao}", response_model=List[StatementLine])
def statements(airline_icao: str, _: str = Depends(guard)) -> List[StatementLine]:
    from .ledger import fetch_statement_lines

    return fetch_statement_lines(airline_icao.upper(), days=settings.statement_days)
