"""Customer-facing invoice PDF downloads (BILL-118).

PDFs are rendered by the nightly billing job into
``<INVOICE_ROOT>/<account_id>/<invoice-number>.pdf``. The frontend links to
``/invoices/download?file=INV-2024-0042.pdf``.
"""
from __future__ import annotations

import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from billing.auth import User, get_current_user
from billing.config import settings

router = APIRouter(prefix="/invoices", tags=["invoices"])


def _invoice_path(account_id: int, file_name: str) -> str:
    account_dir = os.path.join(settings.INVOICE_ROOT, str(account_id))
    return os.path.join(account_dir, file_name)


@router.get("/download")
def download_invoice(
    file: str = Query(..., description="Invoice file name, e.g. INV-2024-0042.pdf"),
    user: User = Depends(get_current_user),
) -> FileResponse:
    """Stream one of the caller's invoice PDFs."""
    path = _invoice_path(user.account_id, file)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="Invoice not found")
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=os.path.basename(path),
    )
