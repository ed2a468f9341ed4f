"""Management of members' generated exports.

Members can generate CSV and PDF exports of their landings and payouts for
their accountant. Exports are kept in a per-member folder until the member
deletes them from the "My exports" page.
"""

import logging
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel

from eelfisher.auth import CurrentMember, current_member

router = APIRouter(prefix="/me/exports")
log = logging.getLogger(__name__)

EXPORT_ROOT = Path(os.environ.get("MEMBER_EXPORT_ROOT", "/srv/eelcoop/exports"))


class ExportItem(BaseModel):
    name: str
    size_bytes: int


def member_folder(member_no: str) -> Path:
    return EXPORT_ROOT / member_no


@router.get("/", response_model=list[ExportItem])
def list_exports(member: CurrentMember = Depends(current_member)) -> list[ExportItem]:
    folder = member_folder(member.member_no)
    if not folder.is_dir():
        return []
    return [
        ExportItem(name=p.name, size_bytes=p.stat().st_size)
        for p in sorted(folder.iterdir())
        if p.is_file()
    ]


@router.delete("/", status_code=204)
def delete_export(
    export_name: str = Query(..., alias="name"),
    member: CurrentMember = Depends(current_member),
) -> None:
    target = member_folder(member.member_no) / export_name
    if not target.exists():
        raise HTTPException(status_code=404, detail="no such export")
    os.remove(target)
    log.info("member %s deleted export %s", member.member_no, export_name)
