"""Serves signed skate-hire waiver PDFs to reception staff.

Waivers are generated when a customer signs on the tablet at the hire
counter and saved under the waiver archive, one folder per day.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

app = FastAPI(title="skate-hire-waivers")


@dataclass(frozen=True)
class WaiverStore:
    root: str = os.environ.get("WAIVER_ARCHIVE", "/srv/rink/waivers")

    def day_dir(self, day: date) -> str:
        return os.path.join(self.root, day.isoformat())

    def locate(self, day: date, filename: str) -> str:
        return os.path.join(self.day_dir(day), filename)

    def list_day(self, day: date) -> list[str]:
        folder = self.day_dir(day)
        if not os.path.isdir(folder):
            return []
        return sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))


STORE = WaiverStore()


@app.get("/waivers/{day}")
def list_waivers(day: date) -> dict:
    return {"day": day.isoformat(), "files": STORE.list_day(day)}


@app.get("/waivers/{day}/download")
def download_waiver(day: date, name: str = Query(..., min_length=5)):
    path = STORE.locate(day, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="waiver not found")
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))
