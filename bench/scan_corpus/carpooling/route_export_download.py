"""Serve GPX/GeoJSON route exports produced by the nightly route-export job."""

from __future__ import annotations

import os
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from carpool.api_auth import current_driver

MEDIA_TYPES = {
    ".gpx": "application/gpx+xml",
    ".geojson": "application/geo+json",
}


class ExportSettings(BaseSettings):
    export_dir: str = "/var/lib/carpool/route-exports"
    cache_seconds: int = 300

    model_config = {"env_prefix": "CARPOOL_"}


@lru_cache
def get_settings() -> ExportSettings:
    return ExportSettings()


app = FastAPI(title="Route exports")


@app.get("/exports")
def list_exports(driver=Depends(current_driver), settings: ExportSettings = Depends(get_settings)):
    driver_dir = os.path.join(settings.export_dir, str(driver.id))
    if not os.path.isdir(driver_dir):
        return {"exports": []}
    return {"exports": sorted(os.listdir(driver_dir))}


@app.get("/exports/{name:path}")
def download_export(
    name: str,
    driver=Depends(current_driver),
    settings: ExportSettings = Depends(get_settings),
):
    path = os.path.join(settings.export_dir, str(driver.id), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="export not found")
    return FileResponse(
        path,
        media_type=MEDIA_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream"),
        filename=os.path.basename(path),
        headers={"Cache-Control": f"private, max-age={settings.cache_seconds}"},
    )
