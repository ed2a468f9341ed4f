"""Bond paperwork folder: filed bonds, powers of attorney, exoneration orders."""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.responses import FileResponse

from .auth import Agent, require_agent
from .settings import Settings, get_settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/bonds/{bond_number}/paperwork", tags=["paperwork"])


class OutsideArchive(ValueError):
    pass


class PaperworkStore:
    def __init__(self, root: Path):
        self.root = root.resolve()

    def _confined(self, bond_number: str, document: str) -> Path:
        bond_dir = (self.root / bond_number).resolve()
        if bond_dir.parent != self.root:
            raise OutsideArchive(bond_number)
        candidate = (bond_dir / document).resolve()
        if not candidate.is_relative_to(bond_dir):
            raise OutsideArchive(document)
        return candidate

    def open_path(self, bond_number: str, document: str) -> Path:
        path = self._confined(bond_number, document)
        if not path.is_file():
            raise FileNotFoundError(document)
        return path

    def remove(self, bond_number: str, document: str) -> None:
        self.open_path(bond_number, document).unlink()


def get_store(settings: Settings = Depends(get_settings)) -> PaperworkStore:
    return PaperworkStore(Path(settings.paperwork_root))


@router.get("/{document:path}")
def download(bond_number: str, document: str, store: PaperworkStore = Depends(get_store),
             agent: Agent = Depends(require_agent)):
    try:
        path = store.open_path(bond_number, document)
    except (OutsideArchive, FileNotFoundError):
        raise HTTPException(status_code=404, detail="no such document")
    return FileResponse(path, filename=path.name)


@router.delete("/{document:path}", status_code=status.HTTP_204_NO_CONTENT)
def delete(bond_number: str, document: str, store: PaperworkStore = Depends(get_store),
           agent: Agent = Depends(require_agent)):
    if not agent.can_edit_bond(bond_number):
        raise HTTPException(status_code=403)
    try:
        store.remove(bond_number, document)
    except (OutsideArchive, FileNotFoundError):
        raise HTTPException(status_code=404, detail="no such document")
    log.info("agent %s removed %s from bond %s", agent.username, document, bond_number)
