"""Driver-facing download of GPX/GeoJSON route exports."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from carpool.api_auth import current_driver

MEDIA_TYPES = {".gpx": "application/gpx+xml", ".geojson": "application/geo+json"}


class ExportSettings(BaseSettings):
    export_dir: Path = Path("/var/lib/carpool/route-exports")

    model_config = {"env_prefix": "CARPOOL_"}


@lru_cache
def get_settings() -> ExportSettings:
    return ExportSettings()


def resolve_export(base: Path, driver_id: int, name: str) -> Path:
    driver_root = (base / str(driver_id)).resolve()
    candidate = (driver_root / name).resolve()
    if not candidate.is_relative_to(driver_root):
        raise HTTPException(status_code=404, detail="export not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="export not found")
    return candidate


app = FastAPI(title="Route exports")


@app.get("/exports")
def list_exports(driver=Depends(current_driver), settings: ExportSettings = Depends(get_settings)):
    driver_root = settings.export_dir / str(driver.id)
    if not driver_root.is_dir():
        return {"exports": []}
    return {"exports": sorted(p.name for p in driver_root.iterdir() if p.is_file())}


@app.get("/exports/{name:path}")
def download_export(
    name: str,
    driver=Depends(current_driver),
    settings: ExportSettings = Depends(get_settings),
):
    path = resolve_export(settings.export_dir, driver.id, name)
    return FileResponse(
        path,
        media_type=MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream"),
        filename=path.name,
    )
