"""Load archived timing data for past events from the archive volume."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Path as PathParam
from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class ArchiveConfig:
    archive_dir: str = os.environ.get("TIMING_ARCHIVE_DIR", "/srv/timing/archive")
    database_url: str = os.environ.get("TIMING_DB_URL", "postgresql+psycopg:///timing")


CONFIG = ArchiveConfig()
engine = create_engine(CONFIG.database_url)
app = FastAPI(title="Timing archive")


def archive_file_for(event_id: int, heat: int) -> str:
    return os.path.join(CONFIG.archive_dir, f"event-{event_id:06d}", f"heat-{heat:02d}.csv")


def read_splits(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [
            {
                "transponder": row["Transponder"],
                "loop": row["Loop"],
                "elapsed_ms": int(row["ElapsedMs"]),
            }
            for row in csv.DictReader(fh)
        ]


@app.get("/archive/events/{event_id}/heats/{heat}")
def heat_splits(
    event_id: int = PathParam(..., ge=1),
    heat: int = PathParam(..., ge=1, le=99),
):
    with engine.connect() as conn:
        archived = conn.execute(
            text("SELECT archived FROM events WHERE id = :id"), {"id": event_id}
        ).scalar_one_or_none()
    if not archived:
        raise HTTPException(404, "event not archived")
    path = archive_file_for(event_id, heat)
    if not os.path.isfile(path):
        raise HTTPException(404, "heat not found in archive")
    splits = read_splits(path)
    return {"event_id": event_id, "heat": heat, "splits": splits}
