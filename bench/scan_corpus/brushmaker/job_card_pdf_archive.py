"""Archive of printed machine job cards, served to the planning office.

Job cards are printed as PDFs when released to the floor and archived under
the customer account and order number for later traceability queries.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, Path as PathParam, Query
from fastapi.responses import Response

from brushworks.auth import require_planner
from brushworks.settings import JOB_CARD_ARCHIVE

router = APIRouter(prefix="/planning/job-cards", dependencies=[Depends(require_planner)])

ARCHIVE_ROOT = Path(JOB_CARD_ARCHIVE)
ACCOUNT_PATTERN = r"^[A-Z0-9]{3,12}$"


class ArchiveLocator:
    def __init__(self, root: Path = ARCHIVE_ROOT):
        self.root = root

    def card_path(self, account: str, card_ref: str) -> Path:
        return self.root / account / f"{card_ref}.pdf"

    def list_cards(self, account: str) -> list[str]:
        folder = self.root / account
        return sorted(p.stem for p in folder.glob("*.pdf")) if folder.is_dir() else []


locator = ArchiveLocator()


@router.get("/{account}")
async def list_job_cards(account: str = PathParam(..., pattern=ACCOUNT_PATTERN)):
    return {"account": account, "cards": locator.list_cards(account)}


@router.get("/{account}/pdf")
async def job_card_pdf(
    account: str = PathParam(..., pattern=ACCOUNT_PATTERN),
    card: str = Query(..., min_length=3, max_length=120),
):
    path = locator.card_path(account, card)
    if not path.exists():
        raise HTTPException(status_code=404, detail="job card not archived")
    async with aiofiles.open(path, "rb") as fh:
        content = await fh.read()
    return Response(
        content,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{path.name}"'},
    )
