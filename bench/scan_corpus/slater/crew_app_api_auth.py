"""API key check for the crew mobile app backend.

The app sends a per-deployment key in the X-Crew-App-Key header on every
request; the FastAPI routers that serve job sheets depend on this check.
"""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings


class CrewAppSettings(BaseSettings):
    crew_app_key: str
    jobs_db_url: str = "postgresql:///slater"
    max_sheets: int = 50

    class Config:
        env_prefix = "SLATER_"


@lru_cache
def get_settings() -> CrewAppSettings:
    return CrewAppSettings()


def require_app_key(
    x_crew_app_key: str = Header(default=""),
    settings: CrewAppSettings = Depends(get_settings),
) -> None:
    if not x_crew_app_key or x_crew_app_key != settings.crew_app_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED,
                            detail="missing or invalid app key")


app = FastAPI(title="Crew app API", dependencies=[Depends(require_app_key)])


@app.get("/crews/{crew_id}/job-sheets")
async def job_sheets(crew_id: int, settings: CrewAppSettings = Depends(get_settings)):
    from jobs.queries import sheets_for_crew

    sheets = await sheets_for_crew(settings.jobs_db_url, crew_id, limit=settings.max_sheets)
    return {"crew_id": crew_id, "sheets": sheets}


@app.get("/health")
async def health():
    return {"status": "ok"}
