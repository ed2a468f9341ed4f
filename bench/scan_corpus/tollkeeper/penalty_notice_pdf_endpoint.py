"""Reprint endpoint for rendered penalty notice PDFs.

Notices are rendered nightly into a spool directory named by notice
reference; back-office clerks download copies to reprint them when a
motorist reports that the posted notice never arrived.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from tollkeeper.auth import require_role
from tollkeeper.config import settings

router = APIRouter(prefix="/backoffice/notices")


class NoticeSpool:
    def __init__(self, root: str = settings.NOTICE_PDF_SPOOL):
        self.root = Path(root)

    def pdf_for(self, reference: str) -> Path:
        return self.root / f"{reference}.pdf"

    def latest_batch(self) -> Path | None:
        batches = sorted(p for p in self.root.glob("batch-*") if p.is_dir())
        return batches[-1] if batches else None


spool = NoticeSpool()


@router.get("/reprint")
async def notice_pdf(
    reference: str = Query(..., min_length=6, max_length=120),
    clerk=Depends(require_role("notices_clerk")),
):
    target = spool.pdf_for(reference)
    if not target.is_file():
        raise HTTPException(status_code=404, detail="notice not found")
    return FileResponse(
        target,
        media_type="application/pdf",
        filename=f"penalty-notice-{target.stem}.pdf",
    )


@router.get("/latest-batch")
async def latest_batch(clerk=Depends(require_role("notices_clerk"))):
    batch = spool.latest_batch()
    return {"batch": batch.name if batch else None}
