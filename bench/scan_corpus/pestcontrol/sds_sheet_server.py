"""Serves Safety Data Sheets (SDS) for the products technicians carry on the truck."""

from __future__ import annotations

import os
from functools import lru_cache

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

app = FastAPI(title="sds-library")


class Settings(BaseSettings):
    sds_dir: str = "/srv/pestcontrol/sds"
    max_results: int = 50


@lru_cache
def settings() -> Settings:
    return Settings()


@app.get("/sds")
def list_sheets(q: str = "") -> list[str]:
    names = sorted(n for n in os.listdir(settings().sds_dir) if n.lower().endswith(".pdf"))
    if q:
        names = [n for n in names if q.lower() in n.lower()]
    return names[: settings().max_results]


@app.get("/sds/sheet")
def get_sheet(name: str = Query(..., min_length=3)) -> FileResponse:
    if not name.lower().endswith(".pdf"):
        raise HTTPException(status_code=400, detail="only PDF sheets are served")
    path = os.path.join(settings().sds_dir, name)
    if not os.path.exists(path):
        raise HTTPException(status_code=404, detail="sheet not found")
    return FileResponse(path, media_type="application/pdf",
                        filename=os.path.basename(path))
