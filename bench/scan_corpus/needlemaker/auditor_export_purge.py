"""Removal of auditor export packages after the audit closes.

Export packages contain controlled copies of batch records; once an audit
is closed the QA lead removes the packages from the export staging area.
"""
import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from needlemaker.auth import require_qa_lead
from needlemaker.config import settings
from needlemaker.exports.registry import mark_package_removed

router = APIRouter(prefix="/exports", tags=["exports"])
log = logging.getLogger(__name__)


class PurgeRequest(BaseModel):
    audit_ref: str
    packages: list[str]


class ExportStaging:
    def __init__(self, root: str = settings.EXPORT_STAGING_DIR):
        self.root = Path(root)

    def package_path(self, audit_ref: str, package_name: str) -> Path:
        return self.root / audit_ref / package_name


STAGING = ExportStaging()


@router.post("/purge")
async def purge_packages(req: PurgeRequest, user=Depends(require_qa_lead)):
    removed = []
    for name in req.packages:
        target = STAGING.package_path(req.audit_ref, name)
        if not target.exists():
            continue
        target.unlink()
        mark_package_removed(req.audit_ref, name, removed_by=user.username)
        removed.append(name)
    if not removed:
        raise HTTPException(status_code=404, detail="No packages removed")
    log.info("Audit %s: %d packages removed by %s", req.audit_ref, len(removed), user.username)
    return {"removed": removed}
