"""Upload endpoint for tenant-supplied documents (ID scans, military orders, vehicle titles)."""
from __future__ import annotations

import logging
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status

from .auth import TenantPrincipal, current_tenant
from .repository import DocumentRepository, get_document_repository
from .settings import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/portal/documents", tags=["documents"])

MAX_BYTES = 10 * 1024 * 1024
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


def _tenant_dir(tenant_id: int) -> Path:
    path = (Path(settings.document_root) / str(tenant_id)).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _destination(tenant_id: int, client_name: str) -> Path:
    base = _tenant_dir(tenant_id)
    suffix = Path(client_name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "unsupported file type")
    stem = Path(client_name).stem[:60] or "document"
    target = (base / f"{uuid.uuid4().hex[:12]}-{stem}{suffix}").resolve()
    if not target.is_relative_to(base):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid file name")
    return target


@router.post("/", status_code=status.HTTP_201_CREATED)
async def upload_document(
    kind: str,
    document: UploadFile = File(...),
    tenant: TenantPrincipal = Depends(current_tenant),
    documents: DocumentRepository = Depends(get_document_repository),
) -> dict:
    if kind not in {"photo_id", "military_orders", "vehicle_title", "other"}:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "unknown document kind")
    target = _destination(tenant.tenant_id, document.filename or "")
    data = await document.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "file too large")
    target.write_bytes(data)
    doc_id = documents.add(tenant_id=tenant.tenant_id, kind=kind, stored_path=str(target))
    log.info("tenant %s uploaded %s document %s", tenant.tenant_id, kind, doc_id)
    return {"id": doc_id, "name": target.name}
