"""Manage the archive of court paperwork attached to a case.

Each case folder holds the filed bond, the power of attorney, notices of
hearing and, when it comes to that, the forfeiture and exoneration orders.
"""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status

from .auth import Agent, require_agent
from .settings import Settings, get_settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/cases/{case_number}/paperwork", tags=["paperwork"])


class PaperworkArchive:
    def __init__(self, root: Path):
        self.root = root

    def case_dir(self, case_number: str) -> Path:
        safe_case = "".join(ch for ch in case_number if ch.isalnum() or ch in "-_")
        return self.root / safe_case

    def _resolve(self, case_number: str, document: str) -> Path:
        return self.case_dir(case_number) / document

    def list(self, case_number: str) -> list[dict]:
        folder = self.case_dir(case_number)
        if not folder.is_dir():
            return []
        return [
            {"name": p.name, "bytes": p.stat().st_size}
            for p in sorted(folder.iterdir()) if p.is_file()
        ]

    def remove(self, case_number: str, document: str) -> None:
        target = self._resolve(case_number, document)
        if not target.is_file():
            raise FileNotFoundError(document)
        target.unlink()


def get_archive(settings: Settings = Depends(get_settings)) -> PaperworkArchive:
    return PaperworkArchive(Path(settings.paperwork_root))


@router.get("")
def list_paperwork(case_number: str, archive: PaperworkArchive = Depends(get_archive),
                   agent: Agent = Depends(require_agent)):
    return {"case_number": case_number, "documents": archive.list(case_number)}


@router.delete("/{document:path}", status_code=status.HTTP_204_NO_CONTENT)
def delete_paperwork(case_number: str, document: str,
                     archive: PaperworkArchive = Depends(get_archive),
                     agent: Agent = Depends(require_agent)):
    if not agent.can_edit_case(case_number):
        raise HTTPException(status_code=403)
    try:
        archive.remove(case_number, document)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such document")
    log.info("agent %s removed %s from case %s", agent.username, document, case_number)
