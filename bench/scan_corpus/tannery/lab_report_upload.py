"""Upload endpoint for in-house QA lab reports attached to a production lot."""
import shutil
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import require_staff
from .lots import get_lot, record_attachment

router = APIRouter(prefix="/lab-reports")

REPORT_ROOT = Path("/srv/tannery/lab_reports")
MAX_BYTES = 20 * 1024 * 1024


def _lot_folder(lot_no: str) -> Path:
    folder = REPORT_ROOT / lot_no.upper()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def store_report(lot_no: str, upload: UploadFile) -> Path:
    destination = _lot_folder(lot_no) / upload.filename
    with destination.open("wb") as out:
        shutil.copyfileobj(upload.file, out, length=1 << 20)
    if destination.stat().st_size > MAX_BYTES:
        destination.unlink()
        raise HTTPException(413, "report larger than 20 MB")
    return destination


@router.post("/{lot_no}")
async def upload_report(
    lot_no: str,
    report: UploadFile = File(...),
    test_type: str = Form(...),
    user=Depends(require_staff),
):
    lot = get_lot(lot_no)
    if lot is None:
        raise HTTPException(404, "unknown lot")
    stored = store_report(lot.lot_no, report)
    record_attachment(
        lot_id=lot.id,
        kind="lab_report",
        test_type=test_type,
        path=str(stored),
        uploaded_by=user.username,
        uploaded_at=datetime.now(timezone.utc),
    )
    return {"lot": lot.lot_no, "file": stored.name, "test_type": test_type}
