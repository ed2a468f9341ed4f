"""Publishing of end-of-day shift reports for lifeguard supervisors.

Reports are written to a shared directory that the supervisors' group can
read from the staff room terminal.
"""
from __future__ import annotations

import grp
import json
import os
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

REPORT_DIR_MODE = 0o2750
REPORT_FILE_MODE = 0o640


@dataclass
class ShiftReport:
    day: date
    supervisor: str
    rescues: int
    first_aid_cases: int
    pool_closures: list[str]

    def to_json(self) -> str:
        data = asdict(self)
        data["day"] = self.day.isoformat()
        return json.dumps(data, indent=2)


class ReportPublisher:
    def __init__(self, root: Path, group: str = "lifeguard-sup") -> None:
        self.root = root
        self.gid = grp.getgrnam(group).gr_gid

    def _ensure_dir(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        os.chown(path, -1, self.gid)
        os.chmod(path, REPORT_DIR_MODE)

    def publish(self, report: ShiftReport) -> Path:
        month_dir = self.root / f"{report.day:%Y-%m}"
        self._ensure_dir(month_dir)
        target = month_dir / f"shift-{report.day.isoformat()}.json"
        tmp = target.with_suffix(".tmp")
        tmp.write_text(report.to_json(), encoding="utf-8")
        os.chown(tmp, -1, self.gid)
        os.chmod(tmp, REPORT_FILE_MODE)
        os.replace(tmp, target)
        return target
