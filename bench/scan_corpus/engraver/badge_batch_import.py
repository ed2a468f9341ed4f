"""Imports a zip of name-badge artwork plus a CSV roster for bulk badge orders."""
import csv
import io
import logging
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

BATCH_ROOT = Path("/srv/engraver/badge_batches").resolve()
ALLOWED = {".svg", ".png", ".pdf"}
ROSTER_NAME = "roster.csv"


class BatchError(ValueError):
    pass


def _member_target(dest: Path, name: str) -> Path:
    target = (dest / name).resolve()
    if not target.is_relative_to(dest):
        raise BatchError(f"archive entry escapes batch folder: {name}")
    return target


def _read_roster(zf: zipfile.ZipFile) -> list[dict]:
    try:
        raw = zf.read(ROSTER_NAME).decode("utf-8-sig")
    except KeyError:
        raise BatchError("bundle has no roster.csv") from None
    rows = list(csv.DictReader(io.StringIO(raw)))
    if not rows or "name" not in rows[0]:
        raise BatchError("roster needs a 'name' column")
    return rows


def import_batch(batch_id: int, archive: Path) -> dict:
    dest = (BATCH_ROOT / f"batch_{batch_id}").resolve()
    dest.mkdir(parents=True, exist_ok=True)
    saved = []
    with zipfile.ZipFile(archive) as zf:
        roster = _read_roster(zf)
        for info in zf.infolist():
            if info.is_dir() or Path(info.filename).suffix.lower() not in ALLOWED:
                continue
            target = _member_target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            saved.append(target.relative_to(dest).as_posix())
    log.info("batch %s: %d badges, %d artwork files", batch_id, len(roster), len(saved))
    return {"badges": len(roster), "artwork": saved}
