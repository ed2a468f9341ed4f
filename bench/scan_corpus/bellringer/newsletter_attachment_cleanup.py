"""Manage attachments uploaded for a newsletter issue.

The editor can upload photos and PDFs (tower outing reports, AGM minutes)
to an issue's folder and remove ones that are no longer used.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile

from bellringer.api.deps import require_role
from bellringer.settings import settings

router = APIRouter(prefix="/newsletter/issues", tags=["newsletter"])

ATTACHMENT_ROOT = Path(settings.MEDIA_ROOT) / "newsletter"


def issue_folder(issue_number: int) -> Path:
    folder = ATTACHMENT_ROOT / f"issue-{issue_number:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.get("/{issue_number}/attachments")
async def list_attachments(issue_number: int, _=Depends(require_role("editor"))):
    folder = issue_folder(issue_number)
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@router.post("/{issue_number}/attachments", status_code=201)
async def upload_attachment(issue_number: int, upload: UploadFile, _=Depends(require_role("editor"))):
    safe_name = Path(upload.filename or "attachment").name
    target = issue_folder(issue_number) / safe_name
    target.write_bytes(await upload.read())
    return {"name": safe_name, "size": target.stat().st_size}


@router.delete("/{issue_number}/attachments/{name:path}", status_code=204)
async def delete_attachment(issue_number: int, name: str, _=Depends(require_role("editor"))):
    target = issue_folder(issue_number) / name
    if not target.exists():
        raise HTTPException(404, "No such attachment")
    target.unlink()
