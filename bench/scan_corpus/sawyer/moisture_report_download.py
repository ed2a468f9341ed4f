"""Download of kiln moisture reports.

After each kiln charge a moisture report (CSV and PDF) is written to the
reports volume. Customers buying kiln-dried joinery stock can fetch the
report for their charge from the portal.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from sawyer.api.deps import current_merchant
from sawyer.kilns import charge_visible_to
from sawyer.settings import settings

router = APIRouter(prefix="/moisture-reports")

MEDIA_TYPES = {".pdf": "application/pdf", ".csv": "text/csv"}


class ReportVolume:
    def __init__(self, root: Path = settings.MOISTURE_REPORT_ROOT):
        self.root = Path(root).resolve()

    def locate(self, charge_no: str, document: str) -> Path:
        candidate = (self.root / charge_no / document).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=400, detail="invalid document name")
        return candidate


volume = ReportVolume()


@router.get("/{charge_no}/{document}")
async def download_report(charge_no: str, document: str, merchant=Depends(current_merchant)):
    if not await charge_visible_to(charge_no, merchant.id):
        raise HTTPException(status_code=404, detail="charge not found")
    path = volume.locate(charge_no, document)
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None or not path.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    return FileResponse(path, media_type=media_type, filename=path.name)
