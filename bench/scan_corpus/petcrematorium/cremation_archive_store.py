"""Long-term archive of signed cremation records, one folder per case."""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class ArchivedCase:
    case_id: int
    reference: str
    pet_name: str
    cremation_date: date
    retort_id: int
    operator_id: int


class CremationArchiveStore:
    def __init__(self, engine: Engine, archive_root: str):
        self.engine = engine
        self.archive_root = Path(archive_root)

    def _load(self, case_id: int) -> ArchivedCase:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, reference, pet_name, cremation_date, retort_id, operator_id "
                    "FROM cremation_cases WHERE id = :id AND status = 'returned'"
                ),
                {"id": case_id},
            ).one()
        return ArchivedCase(*row)

    def case_dir(self, case: ArchivedCase) -> Path:
        year = f"{case.cremation_date.year:04d}"
        return self.archive_root / year / f"case-{case.case_id:08d}"

    def archive(self, case_id: int, certificate_pdf: Path) -> Path:
        case = self._load(case_id)
        target = self.case_dir(case)
        target.mkdir(parents=True, exist_ok=True)
        record = asdict(case) | {"cremation_date": case.cremation_date.isoformat()}
        (target / "record.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
        shutil.copy2(certificate_pdf, target / "certificate.pdf")
        os.chmod(target / "record.json", 0o440)
        return target

    def purge(self, case_id: int) -> None:
        case = self._load(case_id)
        shutil.rmtree(self.case_dir(case), ignore_errors=True)
