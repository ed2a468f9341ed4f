"""File store for electronic batch records (one JSON file per dough batch).

Records are written once by the line PC service account and read by the
QA group; nobody else on the box needs access.
"""
import json
import os
import stat
from datetime import datetime, timezone
from pathlib import Path

RECORD_ROOT = Path(os.environ.get("BATCH_RECORD_ROOT", "/srv/batch-records"))
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP


class BatchRecordStore:
    def __init__(self, root: Path = RECORD_ROOT):
        self.root = root

    def _day_dir(self, when: datetime) -> Path:
        day_dir = self.root / f"{when:%Y}" / f"{when:%m}" / f"{when:%d}"
        day_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(day_dir, DIR_MODE)
        return day_dir

    def write(self, batch_no: int, record: dict) -> Path:
        now = datetime.now(timezone.utc)
        path = self._day_dir(now) / f"batch_{int(batch_no):08d}.json"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"batch_no": batch_no, "written_at": now.isoformat(), **record}, fh, indent=2)
        os.chmod(path, FILE_MODE)
        return path

    def read(self, path: Path) -> dict:
        return json.loads(path.read_text(encoding="utf-8"))
