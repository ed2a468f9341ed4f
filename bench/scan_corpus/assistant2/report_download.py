"""Download endpoints for generated tenant reports."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from pydantic import BaseModel

from app.auth import Tenant, current_tenant

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/reports", tags=["reports"])

REPORTS_ROOT = Path(os.environ.get("REPORTS_ROOT", "/var/lib/reporting/output"))


class ReportInfo(BaseModel):
    name: str
    size_bytes: int
    generated_at: datetime


def _tenant_dir(tenant: Tenant) -> Path:
    return REPORTS_ROOT / str(tenant.id)


@router.get("", response_model=list[ReportInfo])
def list_reports(tenant: Tenant = Depends(current_tenant)) -> list[ReportInfo]:
    """List the tenant's generated reports, newest first."""
    directory = _tenant_dir(tenant)
    if not directory.is_dir():
        return []
    items = []
    for entry in directory.iterdir():
        if entry.is_file() and entry.suffix in {".pdf", ".csv", ".xlsx"}:
            stat = entry.stat()
            items.append(
                ReportInfo(
                    name=entry.name,
                    size_bytes=stat.st_size,
                    generated_at=datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc),
                )
            )
    return sorted(items, key=lambda r: r.generated_at, reverse=True)


@router.get("/{filename:path}")
def download_report(filename: str, tenant: Tenant = Depends(current_tenant)) -> FileResponse:
    """Send one report file to the browser."""
    path = os.path.join(_tenant_dir(tenant), filename)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="report not found")
    logger.info("tenant %s downloaded %s", tenant.id, filename)
    return FileResponse(path, filename=os.path.basename(path))
