"""Serves the attachments (photos, batch lists, letters) published with product recall notices."""

import mimetypes
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from toyshop.config import settings
from toyshop.recalls import get_published_notice

router = APIRouter(prefix="/recalls")

ATTACHMENT_ROOT = Path(settings.recall_attachment_dir).resolve()


def resolve_attachment(notice_slug: str, filename: str) -> Path:
    base = (ATTACHMENT_ROOT / notice_slug).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or not base.is_relative_to(ATTACHMENT_ROOT):
        raise HTTPException(status_code=404)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{notice_slug}/attachments/{filename}")
async def recall_attachment(notice_slug: str, filename: str) -> FileResponse:
    notice = await get_published_notice(notice_slug)
    if notice is None:
        raise HTTPException(status_code=404)
    path = resolve_attachment(notice.slug, filename)
    media_type, _ = mimetypes.guess_type(path.name)
    return FileResponse(
        path,
        media_type=media_type or "application/octet-stream",
        filename=path.name,
        headers={"Cache-Control": "public, max-age=3600"},
    )
