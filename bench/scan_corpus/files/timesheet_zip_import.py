"""Import timesheets exported by the old HR system (a zip of CSV files)."""
import csv
import io
import zipfile
from datetime import date
from decimal import Decimal

from hr.models import Employee, TimesheetEntry

MAX_MEMBER_BYTES = 20 * 1024 * 1024


def _rows(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    if info.file_size > MAX_MEMBER_BYTES:
        raise ValueError(f"{info.filename} is too large")
    with zf.open(info) as raw:
        reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
        yield from reader


def import_timesheets(upload) -> int:
    created = 0
    employees = {e.payroll_id: e for e in Employee.objects.filter(active=True)}
    with zipfile.ZipFile(upload) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(".csv"):
                continue
            batch = []
            for row in _rows(zf, info):
                employee = employees.get(row["payroll_id"])
                if employee is None:
                    continue
                batch.append(
                    TimesheetEntry(
                        employee=employee,
                        day=date.fromisoformat(row["date"]),
                        hours=Decimal(row["hours"]),
                        project_code=row.get("project", "")[:32],
                    )
                )
            TimesheetEntry.objects.bulk_create(batch, ignore_conflicts=True)
            created += len(batch)
    return created
