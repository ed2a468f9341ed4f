"""Archive of finished condition reports.

Once a treatment is complete the signed condition report PDF is archived.
Librarians download archived reports by report number from the portal; the
stored file name is recorded when the report is archived.
"""
import os
import shutil
import sqlite3
from dataclasses import dataclass

from django.http import FileResponse, Http404, HttpRequest

ARCHIVE_ROOT = os.environ.get("REPORT_ARCHIVE_ROOT", "/srv/bindery/report_archive")
ARCHIVE_DB = os.environ.get("REPORT_ARCHIVE_DB", "/srv/bindery/report_archive.sqlite3")


@dataclass
class ArchivedReport:
    report_no: int
    library_code: str
    stored_name: str


def lookup(report_no: int, library_code: str) -> ArchivedReport | None:
    with sqlite3.connect(ARCHIVE_DB) as conn:
        row = conn.execute(
            "SELECT report_no, library_code, stored_name FROM archived_reports "
            "WHERE report_no = ? AND library_code = ?",
            (report_no, library_code),
        ).fetchone()
    return ArchivedReport(*row) if row else None


def archive(report_no: int, library_code: str, source_pdf: str) -> ArchivedReport:
    stored_name = f"{library_code.lower()}-{report_no:07d}.pdf"
    shutil.copyfile(source_pdf, os.path.join(ARCHIVE_ROOT, stored_name))
    with sqlite3.connect(ARCHIVE_DB) as conn:
        conn.execute(
            "INSERT INTO archived_reports (report_no, library_code, stored_name) VALUES (?, ?, ?)",
            (report_no, library_code, stored_name),
        )
    return ArchivedReport(report_no, library_code, stored_name)


def download_report(request: HttpRequest, report_no: int) -> FileResponse:
    library_code = request.user.librarian.library_code
    record = lookup(report_no, library_code)
    if record is None:
        raise Http404("No archived report with that number")
    path = os.path.join(ARCHIVE_ROOT, record.stored_name)
    return FileResponse(open(path, "rb"), as_attachment=True, filename=f"report-{report_no}.pdf")
