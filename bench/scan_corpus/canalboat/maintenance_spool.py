"""Local spool for maintenance log entries made on the yard tablets.

Engineers log jobs offline in the engine room; entries are spooled to disk
as JSON and uploaded by the sync service when the tablet is back on wifi.
"""
import json
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

from canalboat.settings import settings

SPOOL_DIR = Path(settings.MAINTENANCE_SPOOL_DIR)
DIR_MODE = 0o750
FILE_MODE = 0o640


def ensure_spool() -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(SPOOL_DIR, DIR_MODE)
    return SPOOL_DIR


def spool_entry(boat_index: str, engineer: str, category: str, summary: str, engine_hours: float) -> Path:
    entry = {
        "id": str(uuid.uuid4()),
        "boat": boat_index,
        "engineer": engineer,
        "category": category,
        "summary": summary,
        "engine_hours": engine_hours,
        "logged_at": datetime.now(timezone.utc).isoformat(),
    }
    path = ensure_spool() / f"{entry['id']}.json"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(entry, fh)
    return path


def pending() -> list[Path]:
    if not SPOOL_DIR.exists():
        return []
    return sorted(SPOOL_DIR.glob("*.json"), key=lambda p: p.stat().st_mtime)


def drain(upload) -> int:
    sent = 0
    for path in pending():
        upload(json.loads(path.read_text(encoding="utf-8")))
        path.unlink()
        sent += 1
    return sent
