"""Authentication for the estate partner API.

Partners send their key in the X-Api-Key header. Keys are held per partner in
the deployment's settings and reloaded on restart.
"""
from typing import Dict

from fastapi import Depends, FastAPI, Header, HTTPException, status

from gamekeeper.config import settings
from gamekeeper.shoots import availability_for_season, bag_summary

app = FastAPI(title="Estate partner API")


def _partner_keys() -> Dict[str, str]:
    return {entry["key"]: entry["partner"] for entry in settings.PARTNER_API_KEYS}


class PartnerContext:
    def __init__(self, partner: str):
        self.partner = partner


async def current_partner(x_api_key: str = Header(default="")) -> PartnerContext:
    keys = _partner_keys()
    if x_api_key not in keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown key")
    return PartnerContext(keys[x_api_key])


@app.get("/v1/availability/{season}")
async def availability(season: str, ctx: PartnerContext = Depends(current_partner)):
    days = await availability_for_season(season)
    return {
        "partner": ctx.partner,
        "days": [
            {"date": d.date.isoformat(), "type": d.day_type, "guns": d.open_pegs}
            for d in days
        ],
    }


@app.get("/v1/bags/{shoot_date}")
async def bags(shoot_date: str, ctx: PartnerContext = Depends(current_partner)):
    summary = await bag_summary(shoot_date)
    if summary is None:
        raise HTTPException(status_code=404)
    return {"partner": ctx.partner, "species": summary.by_species, "total": summary.total}
