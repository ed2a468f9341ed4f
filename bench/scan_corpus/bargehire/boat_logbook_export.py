"""Export of boat logbooks for the annual safety inspection.

Every hire boat keeps a digital logbook: engine hours, fuel, pump-outs,
incidents and defects. Before inspection the logbooks are exported as JSON
into a per-boat folder that the inspection contractor collects over SFTP.
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

EXPORT_ROOT = Path(os.environ.get("LOGBOOK_EXPORT_ROOT", "/srv/bargehire/inspection"))
DIR_MODE = 0o750
FILE_MODE = 0o640


def _ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    return path


def _write_json(path: Path, payload: dict) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2, default=str)


def export_boat(conn, boat_id: int, year: int) -> Path:
    boat = conn.execute(
        text("SELECT id, name, hull_number FROM boats WHERE id = :id"), {"id": boat_id}
    ).mappings().one()
    entries = conn.execute(
        text(
            "SELECT logged_at, kind, engine_hours, detail FROM logbook "
            "WHERE boat_id = :id AND EXTRACT(YEAR FROM logged_at) = :year ORDER BY logged_at"
        ),
        {"id": boat_id, "year": year},
    ).mappings().all()
    folder = _ensure_dir(EXPORT_ROOT / str(year) / f"boat-{boat['id']:04d}")
    target = folder / f"logbook-{boat['hull_number']}.json"
    _write_json(target, {"boat": dict(boat), "year": year, "entries": [dict(e) for e in entries]})
    return target


def export_fleet(dsn: str, year: int | None = None) -> list[Path]:
    year = year or date.today().year - 1
    engine = create_engine(dsn)
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM boats WHERE in_fleet ORDER BY id"))]
        return [export_boat(conn, boat_id, year) for boat_id in ids]


if __name__ == "__main__":
    for path in export_fleet(os.environ["BARGEHIRE_DSN"]):
        print(path)
