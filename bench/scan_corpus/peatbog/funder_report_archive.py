"""Archive of generated funder reports.

Quarterly reports are rendered to PDF by the reporting job and kept in a
per-funder folder. Reporting officers can list, fetch and remove drafts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import List

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_reporting_officer
from .settings import get_settings

router = APIRouter(prefix="/funder-reports", dependencies=[Depends(require_reporting_officer)])


@dataclass
class ArchivedReport:
    name: str
    size: int
    modified: datetime


class ReportArchive:
    def __init__(self, root: Path) -> None:
        self.root = root

    def funder_dir(self, funder_slug: str) -> Path:
        if not funder_slug.isidentifier():
            raise HTTPException(status_code=404)
        return self.root / funder_slug

    def list(self, funder_slug: str) -> List[ArchivedReport]:
        folder = self.funder_dir(funder_slug)
        return [
            ArchivedReport(
                p.name,
                p.stat().st_size,
                datetime.fromtimestamp(p.stat().st_mtime, tz=timezone.utc),
            )
            for p in sorted(folder.glob("*.pdf"))
        ]

    def locate(self, funder_slug: str, report_name: str) -> Path:
        path = self.funder_dir(funder_slug) / report_name
        if not path.is_file():
            raise HTTPException(status_code=404)
        return path

    def remove_draft(self, funder_slug: str, report_name: str) -> None:
        self.locate(funder_slug, report_name).unlink()


def get_archive() -> ReportArchive:
    return ReportArchive(Path(get_settings().report_archive_dir))


@router.get("/{funder_slug}")
def list_reports(funder_slug: str, archive: ReportArchive = Depends(get_archive)):
    return [r.__dict__ for r in archive.list(funder_slug)]


@router.get("/{funder_slug}/{report_name:path}")
def fetch_report(funder_slug: str, report_name: str, archive: ReportArchive = Depends(get_archive)):
    return FileResponse(archive.locate(funder_slug, report_name), media_type="application/pdf")


@router.delete("/{funder_slug}/drafts/{report_name:path}", status_code=204)
def delete_draft(funder_slug: str, report_name: str, archive: ReportArchive = Depends(get_archive)):
    if not report_name.startswith("draft-"):
        raise HTTPException(status_code=400, detail="only drafts can be removed")
    archive.remove_draft(funder_slug, report_name)
