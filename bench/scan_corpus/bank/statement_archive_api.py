"""Statement archive API used by the branch teller tool to reprint statements."""
from __future__ import annotations

import os
import re
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from teller.auth import TellerPrincipal, current_teller

router = APIRouter(prefix="/archive/statements")

ARCHIVE_ROOT = Path(os.environ.get("STATEMENT_ARCHIVE_ROOT", "/srv/statement-archive")).resolve()
NAME_RE = re.compile(r"^[0-9]{4}-[0-9]{2}_[A-Z0-9]{8,20}\.pdf$")


def _statement_path(account_no: str, filename: str) -> Path:
    if not account_no.isalnum() or not NAME_RE.fullmatch(filename):
        raise HTTPException(400, "invalid statement reference")
    candidate = (ARCHIVE_ROOT / account_no / filename).resolve()
    if not candidate.is_relative_to(ARCHIVE_ROOT):
        raise HTTPException(400, "invalid statement reference")
    return candidate


@router.get("/{account_no}/{filename}")
def reprint(account_no: str, filename: str, teller: TellerPrincipal = Depends(current_teller)):
    if not teller.can_access_account(account_no):
        raise HTTPException(403, "account not in teller's scope")
    path = _statement_path(account_no, filename)
    if not path.is_file():
        raise HTTPException(404, "statement not found")
    return FileResponse(path, media_type="application/pdf", filename=filename)
