"""Storage for documents attached to examination reports by inspectors."""
import uuid
from pathlib import Path

from fastapi import APIRouter, HTTPException, UploadFile
from fastapi.responses import FileResponse
from werkzeug.utils import secure_filename

from chainmaker.settings import settings

router = APIRouter(prefix="/v1/exams")

ATTACHMENT_ROOT = Path(settings.attachment_root).resolve()


def _within_root(candidate: Path) -> Path:
    resolved = candidate.resolve()
    if not resolved.is_relative_to(ATTACHMENT_ROOT):
        raise HTTPException(status_code=400, detail="invalid attachment path")
    return resolved


@router.post("/{report_no}/attachments")
async def add_attachment(report_no: str, upload: UploadFile):
    folder = _within_root(ATTACHMENT_ROOT / secure_filename(report_no))
    folder.mkdir(parents=True, exist_ok=True)
    original = secure_filename(upload.filename or "") or "attachment"
    stored_name = f"{uuid.uuid4().hex}_{original}"
    target = _within_root(folder / stored_name)
    target.write_bytes(await upload.read())
    return {"report": report_no, "attachment": stored_name}


@router.get("/{report_no}/attachments/{name}")
async def get_attachment(report_no: str, name: str):
    path = _within_root(ATTACHMENT_ROOT / report_no / name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(path, filename=path.name)
