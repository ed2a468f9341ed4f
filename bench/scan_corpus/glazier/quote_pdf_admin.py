"""Admin endpoints for generated quotation PDFs.

Quotes are rendered to PDF when sent.  Superseded revisions pile up, so the
sales manager can list and delete old PDFs from the admin screen.
"""
import os
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, Query

from .auth import require_role

router = APIRouter(prefix="/admin/quote-pdfs", dependencies=[Depends(require_role("sales_manager"))])

QUOTE_PDF_DIR = os.environ.get("QUOTE_PDF_DIR", "/srv/glazeops/quotes/pdf")


def _describe(name: str) -> dict:
    st = os.stat(os.path.join(QUOTE_PDF_DIR, name))
    return {
        "name": name,
        "bytes": st.st_size,
        "modified": datetime.fromtimestamp(st.st_mtime).isoformat(timespec="seconds"),
    }


@router.get("")
def list_pdfs(prefix: str = Query("", description="quote number prefix, e.g. Q24-")):
    names = sorted(
        n for n in os.listdir(QUOTE_PDF_DIR)
        if n.endswith(".pdf") and n.startswith(prefix)
    )
    return [_describe(n) for n in names]


def _remove_pdf(name: str) -> None:
    path = os.path.join(QUOTE_PDF_DIR, name)
    if not os.path.exists(path):
        raise FileNotFoundError(name)
    os.remove(path)


@router.delete("")
def delete_pdf(name: str = Query(..., description="file name as listed")):
    try:
        _remove_pdf(name)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="No such PDF")
    return {"deleted": name}


@router.delete("/superseded/{quote_no}")
def delete_superseded(quote_no: str):
    revisions = sorted(
        n for n in os.listdir(QUOTE_PDF_DIR)
        if n.startswith(f"{quote_no}-rev") and n.endswith(".pdf")
    )
    removed = []
    for name in revisions[:-1]:
        _remove_pdf(name)
        removed.append(name)
    return {"kept": revisions[-1:], "deleted": removed}
