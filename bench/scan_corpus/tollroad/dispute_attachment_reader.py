"""Serves previously uploaded dispute attachments back to case handlers."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from tollroad.auth import require_role

router = APIRouter(prefix="/cases")


class AttachmentRepository:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def resolve(self, case_id: int, relative_name: str) -> Path:
        case_dir = (self.root / f"{case_id:08d}").resolve()
        candidate = (case_dir / relative_name).resolve()
        if not candidate.is_relative_to(case_dir):
            raise PermissionError(relative_name)
        return candidate


def get_repo() -> AttachmentRepository:
    return AttachmentRepository(Path("/srv/dispute-evidence"))


@router.get("/{case_id}/attachments/{name:path}")
def read_attachment(
    case_id: int,
    name: str,
    repo: AttachmentRepository = Depends(get_repo),
    _handler=Depends(require_role("dispute_handler")),
) -> FileResponse:
    try:
        path = repo.resolve(case_id, name)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid attachment name")
    if not path.is_file():
        raise HTTPException(status_code=404, detail="attachment not found")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=path.name)
