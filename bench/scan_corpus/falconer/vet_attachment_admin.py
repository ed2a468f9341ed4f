"""Admin endpoints for attachments on bird health records.

Vets and senior falconers upload X-rays, faecal-test PDFs and wound photos to a
bird's health file. This router lets them list and remove those attachments.
"""
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException

from falconer.auth import require_role
from falconer.config import settings
from falconer.health.audit import record_action

router = APIRouter(prefix="/admin/health/attachments", dependencies=[Depends(require_role("vet"))])

ATTACHMENT_ROOT = Path(settings.HEALTH_ATTACHMENT_DIR)


def _bird_folder(ring_number: str) -> Path:
    if not ring_number.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail="invalid ring number")
    return ATTACHMENT_ROOT / ring_number.upper()


@router.get("/{ring_number}")
async def list_attachments(ring_number: str) -> list[dict]:
    folder = _bird_folder(ring_number)
    if not folder.is_dir():
        return []
    return [
        {
            "name": item.name,
            "size": item.stat().st_size,
            "modified": datetime.fromtimestamp(item.stat().st_mtime).isoformat(),
        }
        for item in sorted(folder.iterdir())
        if item.is_file()
    ]


@router.delete("/{ring_number}")
async def delete_attachment(ring_number: str, filename: str, user=Depends(require_role("vet"))):
    target = _bird_folder(ring_number) / filename
    if not target.exists():
        raise HTTPException(status_code=404, detail="no such attachment")
    target.unlink()
    await record_action(user.id, "attachment.deleted", ring_number=ring_number, filename=filename)
    return {"deleted": filename}
