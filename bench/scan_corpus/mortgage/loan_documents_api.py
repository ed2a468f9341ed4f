"""Loan file document download endpoints for processors and underwriters."""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import StaffUser, current_staff
from .loans import assert_can_view_loan, list_loan_documents

router = APIRouter(prefix="/loans", tags=["documents"])

DOCS_ROOT = Path(os.environ.get("LOAN_DOCS_ROOT", "/srv/loan-docs"))


@router.get("/{loan_number}/documents")
def index(loan_number: str, user: StaffUser = Depends(current_staff)):
    assert_can_view_loan(user, loan_number)
    return {"documents": list_loan_documents(loan_number)}


@router.get("/{loan_number}/documents/download")
def download(
    loan_number: str,
    name: str = Query(..., min_length=1, max_length=255),
    user: StaffUser = Depends(current_staff),
):
    assert_can_view_loan(user, loan_number)
    target = DOCS_ROOT / loan_number / name
    if not target.is_file():
        raise HTTPException(status_code=404, detail="document not found")

    media_type, _ = mimetypes.guess_type(target.name)
    return FileResponse(
        target,
        media_type=media_type or "application/octet-stream",
        filename=target.name,
    )
