"""Authentication for the tourist-office partner API.

Partner offices call the API with their office code and API key in
headers. The dependency here resolves the calling office so routes can
apply its commission rate and booking limits.
"""

from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from coracle.asyncdb import get_session
from coracle.models import PartnerOffice

app = FastAPI(title="Coracle Hire partner API")


@dataclass
class PartnerContext:
    office_code: str
    display_name: str
    commission_pct: float
    daily_booking_cap: int


def _key_matches(stored_key: str, presented: str) -> bool:
    return bool(stored_key) and stored_key == presented


async def current_partner(
    x_office_code: str = Header(...),
    x_api_key: str = Header(...),
    db: AsyncSession = Depends(get_session),
) -> PartnerContext:
    office = await db.scalar(
        select(PartnerOffice).where(PartnerOffice.code == x_office_code.upper())
    )
    if office is None or not office.active:
        raise HTTPException(status_code=401, detail="Unknown partner")
    if not _key_matches(office.api_key, x_api_key):
        raise HTTPException(status_code=401, detail="Unknown partner")
    return PartnerContext(
        office_code=office.code,
        display_name=office.display_name,
        commission_pct=office.commission_pct,
        daily_booking_cap=office.daily_booking_cap,
    )


@app.get("/v1/whoami")
async def whoami(partner: PartnerContext = Depends(current_partner)) -> dict:
    return {
        "office": partner.office_code,
        "name": partner.display_name,
        "commission_pct": partner.commission_pct,
    }
