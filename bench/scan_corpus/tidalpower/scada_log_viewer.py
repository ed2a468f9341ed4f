"""Read-only API for browsing archived turbine controller event logs."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import PlainTextResponse

app = FastAPI(title="SCADA log viewer")


class LogArchive:
    """Controller logs are archived as <root>/<turbine>/<yyyy-mm-dd>/<file>."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def day_dir(self, turbine: str, day: date) -> Path:
        return self.root / turbine.upper() / day.isoformat()

    def list(self, turbine: str, day: date) -> list[str]:
        folder = self.day_dir(turbine, day)
        return sorted(p.name for p in folder.glob("*.log")) if folder.is_dir() else []

    def read(self, turbine: str, day: date, filename: str, tail: int) -> str:
        target = self.day_dir(turbine, day) / filename
        if not target.is_file():
            raise FileNotFoundError(filename)
        lines = target.read_text(errors="replace").splitlines()
        return "\n".join(lines[-tail:])


def get_archive() -> LogArchive:
    return LogArchive(Path(os.environ.get("SCADA_LOG_ROOT", "/srv/scada/logs")))


@app.get("/turbines/{turbine}/logs/{day}")
def list_logs(turbine: str, day: date, archive: LogArchive = Depends(get_archive)):
    return {"turbine": turbine, "day": day.isoformat(), "files": archive.list(turbine, day)}


@app.get("/turbines/{turbine}/logs/{day}/view", response_class=PlainTextResponse)
def view_log(
    turbine: str,
    day: date,
    file: str = Query(..., min_length=1),
    tail: int = Query(500, ge=1, le=10000),
    archive: LogArchive = Depends(get_archive),
) -> str:
    try:
        return archive.read(turbine, day, file, tail)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="log not found")
