"""Serves tensile test certificates (PDF) to customers with HTTP caching.

Certificates are immutable once the QA manager signs them off, so buyers'
browsers and the marina chains' document systems are handed a strong ETag
computed from the file contents and can revalidate cheaply.
"""
import hashlib
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from ropewalk.portal.deps import current_account
from ropewalk.qa.repository import CertificateRepository

router = APIRouter(prefix="/certificates")
repo = CertificateRepository()


@lru_cache(maxsize=512)
def _etag_for(path: Path, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return f'"{digest.hexdigest()}"'


@router.get("/{certificate_no}.pdf")
async def get_certificate(certificate_no: str, request: Request, account=Depends(current_account)) -> Response:
    record = await repo.get_for_account(certificate_no, account.id)
    if record is None or not record.signed_off:
        raise HTTPException(status_code=404)
    pdf_path = Path(record.storage_path)
    etag = _etag_for(pdf_path, pdf_path.stat().st_mtime_ns)
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    return Response(
        content=pdf_path.read_bytes(),
        media_type="application/pdf",
        headers={"ETag": etag, "Cache-Control": "private, max-age=0, must-revalidate"},
    )
