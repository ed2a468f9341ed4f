"""Remove superseded dose calibrator QC reports.

QC reports are stored as ``<report_id>.pdf`` under the archive directory.
When a physicist marks a report as superseded in the database, this job
deletes the PDF and records the removal.
"""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import psycopg

log = logging.getLogger("nm.qc_cleanup")

REPORT_DIR = Path(os.environ.get("CALIBRATOR_REPORT_DIR", "/srv/nm/qc/calibrator"))


@dataclass
class SupersededReport:
    report_id: int
    test_type: str
    superseded_by: int


def superseded_reports(conn: psycopg.Connection) -> list[SupersededReport]:
    rows = conn.execute(
        "SELECT id, test_type, superseded_by FROM calibrator_qc_reports "
        "WHERE superseded_by IS NOT NULL AND file_removed_at IS NULL ORDER BY id"
    ).fetchall()
    return [SupersededReport(int(r[0]), r[1], int(r[2])) for r in rows]


def report_path(report_id: int) -> Path:
    return REPORT_DIR / f"{int(report_id):08d}.pdf"


def purge(conninfo: str, dry_run: bool = False) -> int:
    removed = 0
    with psycopg.connect(conninfo) as conn:
        for report in superseded_reports(conn):
            path = report_path(report.report_id)
            if dry_run:
                log.info("would remove %s (%s)", path, report.test_type)
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                log.warning("report %s already missing on disk", report.report_id)
            conn.execute(
                "UPDATE calibrator_qc_reports SET file_removed_at = now() WHERE id = %s",
                (report.report_id,),
            )
            removed += 1
            log.info("removed report %s superseded by %s", report.report_id, report.superseded_by)
    return removed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    purge(os.environ["NM_QC_DB_DSN"], dry_run=bool(os.environ.get("DRY_RUN")))
