"""Admin tools for the archive of superseded timetable PDFs.

Every seasonal timetable is kept as a PDF so that customer service can
answer questions about past sailings. Marketing staff occasionally remove
drafts that were uploaded by mistake.
"""
import logging
import os
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException

from ferryman_admin.auth import require_marketing

log = logging.getLogger("timetables.archive")
router = APIRouter(prefix="/admin/timetables/archive")


@dataclass(frozen=True)
class ArchiveConfig:
    root: str = os.environ.get("TIMETABLE_ARCHIVE", "/srv/ferryman/timetables/archive")


CONFIG = ArchiveConfig()


def archived_files(config: ArchiveConfig = CONFIG) -> list[str]:
    return sorted(f for f in os.listdir(config.root) if f.lower().endswith(".pdf"))


def remove_archived(name: str, config: ArchiveConfig = CONFIG) -> str:
    path = os.path.join(config.root, name)
    if not os.path.exists(path):
        raise FileNotFoundError(name)
    os.remove(path)
    return path


@router.get("")
def list_archive(_=Depends(require_marketing)):
    return {"files": archived_files()}


@router.delete("/{name:path}")
def delete_archived(name: str, user=Depends(require_marketing)):
    try:
        removed = remove_archived(name)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such timetable")
    log.info("timetable %s removed from archive by %s", removed, user.email)
    return {"removed": name}
