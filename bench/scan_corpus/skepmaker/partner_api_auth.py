"""API-key authentication for partner beekeeping associations using the course feed."""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings

from skepmaker.courses.feed import upcoming_courses


class PartnerSettings(BaseSettings):
    partner_api_keys: str = ""
    feed_limit: int = 50

    @property
    def key_set(self) -> frozenset:
        return frozenset(k.strip() for k in self.partner_api_keys.split(",") if k.strip())


@lru_cache
def get_settings() -> PartnerSettings:
    return PartnerSettings()


async def require_partner(
    x_api_key: str = Header(default=""),
    cfg: PartnerSettings = Depends(get_settings),
) -> str:
    if x_api_key not in cfg.key_set:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return x_api_key


app = FastAPI(title="Skepmaker partner feed")


@app.get("/partner/courses")
async def partner_courses(
    region: str | None = None,
    _key: str = Depends(require_partner),
    cfg: PartnerSettings = Depends(get_settings),
):
    courses = await upcoming_courses(region=region, limit=cfg.feed_limit)
    return {
        "courses": [
            {"id": c.id, "title": c.title, "starts_on": c.starts_on.isoformat(),
             "places_left": c.places_left, "venue": c.venue_name}
            for c in courses
        ]
    }
