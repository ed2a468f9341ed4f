"""API used by the kiln controllers on the studio network to push firing segments."""

from datetime import datetime

from fastapi import APIRouter, Depends, Header, HTTPException, status
from pydantic import BaseModel

from hotshop.config import settings
from hotshop.kilns import store_segment


class ControllerKeys:
    """Holds the per-controller API keys loaded from the deployment configuration."""

    def __init__(self, raw: str):
        self.keys = tuple(k.strip() for k in raw.split(",") if k.strip())

    def allows(self, presented: str) -> bool:
        return presented in self.keys


controller_keys = ControllerKeys(settings.KILN_CONTROLLER_KEYS)
router = APIRouter(prefix="/controllers", tags=["kilns"])


class FiringSegment(BaseModel):
    kiln_id: str
    program: str
    segment: int
    target_c: float
    ramp_c_per_hour: float
    hold_minutes: int
    recorded_at: datetime


async def require_controller(x_controller_key: str = Header(...)) -> None:
    if not controller_keys.allows(x_controller_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown controller")


@router.post("/segments", dependencies=[Depends(require_controller)])
async def push_segment(segment: FiringSegment):
    if segment.kiln_id not in settings.KILN_IDS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown kiln")
    await store_segment(segment.model_dump())
    return {"stored": True}


@router.get("/ping", dependencies=[Depends(require_controller)])
async def ping():
    return {"ok": True, "server_time": datetime.utcnow().isoformat()}
