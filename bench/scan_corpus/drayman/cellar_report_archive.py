"""Archive of monthly cellar quality reports for each pub.

Reports are rendered to PDF by the nightly job and filed per pub under the
archive root. Landlords download them from the portal for their EHO visits.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from drayman.auth import PortalUser, current_portal_user
from drayman.settings import settings

router = APIRouter(prefix="/portal/cellar-reports")

ARCHIVE_ROOT = Path(settings.CELLAR_REPORT_ARCHIVE)


class ReportArchive:
    def __init__(self, root: Path = ARCHIVE_ROOT):
        self.root = root

    def pub_folder(self, account_ref: str) -> Path:
        return self.root / account_ref.lower()

    def listing(self, account_ref: str) -> list[str]:
        folder = self.pub_folder(account_ref)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("cellar-report-*.pdf"))

    def locate(self, account_ref: str, report_name: str) -> Path:
        return self.pub_folder(account_ref) / report_name


archive = ReportArchive()


@router.get("/")
async def list_reports(user: PortalUser = Depends(current_portal_user)):
    return {"reports": archive.listing(user.account_ref)}


@router.get("/download")
async def download_report(
    report: str = Query(..., min_length=1),
    user: PortalUser = Depends(current_portal_user),
):
    path = archive.locate(user.account_ref, report)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="Report not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
