"""API key check for the depot stock kiosks that reserve brushes for walk-in trade."""
import secrets
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader
from pydantic_settings import BaseSettings

from brushworks.stock import reserve_for_counter


class KioskSettings(BaseSettings):
    kiosk_keys: list[str] = []
    depot_code: str = "MAIN"

    model_config = {"env_prefix": "BRUSHWORKS_"}


@lru_cache
def get_settings() -> KioskSettings:
    return KioskSettings()


api_key_header = APIKeyHeader(name="X-Kiosk-Key", auto_error=False)
app = FastAPI(title="depot-kiosk")


def kiosk_authorised(presented: str | None, settings: KioskSettings = Depends(get_settings)) -> bool:
    if not presented:
        return False
    matched = False
    for known in settings.kiosk_keys:
        matched |= secrets.compare_digest(presented.encode(), known.encode())
    return matched


async def require_kiosk(presented: str | None = Security(api_key_header),
                        settings: KioskSettings = Depends(get_settings)) -> str:
    if not kiosk_authorised(presented, settings):
        raise HTTPException(status_code=401, detail="kiosk not recognised")
    return settings.depot_code


@app.post("/kiosk/reservations")
async def reserve(sku: str, qty: int, depot: str = Depends(require_kiosk)):
    if qty <= 0:
        raise HTTPException(status_code=422, detail="qty must be positive")
    reservation = await reserve_for_counter(depot=depot, sku=sku, qty=qty)
    return {"reservation": reservation.ref, "expires_at": reservation.expires_at.isoformat()}
