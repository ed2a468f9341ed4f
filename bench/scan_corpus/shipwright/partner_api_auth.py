"""Authentication for the chandlery and rigger partner API.

Partner businesses on the yard query slipway schedules to plan deliveries.
Each partner is issued a static API key by the yard office.
"""
from fastapi import APIRouter, Depends, Header, HTTPException, Query, status

from shipwright.config import settings
from shipwright.schedule import slipway_schedule

router = APIRouter(prefix="/partner/v1")


class PartnerContext:
    def __init__(self, partner_name: str) -> None:
        self.partner_name = partner_name


def _partner_for(api_key: str) -> str | None:
    for client in settings.partner_api_clients:
        active_keys = [entry["value"] for entry in client["keys"] if not entry.get("revoked")]
        if api_key in active_keys:
            return client["name"]
    return None


async def require_partner(x_api_key: str = Header(default="")) -> PartnerContext:
    partner_name = _partner_for(x_api_key.strip()) if x_api_key else None
    if partner_name is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid API key")
    return PartnerContext(partner_name)


@router.get("/slipways/schedule")
async def schedule(
    days: int = Query(default=7, ge=1, le=31),
    partner: PartnerContext = Depends(require_partner),
):
    entries = await slipway_schedule(days=days)
    return {
        "partner": partner.partner_name,
        "entries": [
            {
                "slipway": e.slipway_name,
                "vessel": e.vessel_name,
                "haul_out": e.haul_out.isoformat(),
                "relaunch": e.relaunch.isoformat(),
            }
            for e in entries
        ],
    }
