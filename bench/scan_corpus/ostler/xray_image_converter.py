"""Renders radiographs sent by the vet (DICOM) into PNG previews for the horse health record."""

import asyncio
import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException

from ostler.auth import require_staff
from ostler.config import settings

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/radiographs")

STORE = Path(settings.MEDIA_ROOT) / "radiographs"
DCMTK_BIN = settings.DCMTK_BIN or "/usr/bin"


def _paths(record_id: int, window: str) -> tuple[Path, Path]:
    src = STORE / f"{record_id}.dcm"
    dst = STORE / "previews" / f"{record_id}-w{abs(hash(window)) % 10000}.png"
    return src, dst


def _render_command(src: Path, dst: Path, window: str) -> str:
    return f"{DCMTK_BIN}/dcm2pnm --write-png --use-window {window} {src} {dst}"


async def render_preview(record_id: int, window: str = "1") -> Path:
    src, dst = _paths(record_id, window)
    if not src.is_file():
        raise FileNotFoundError(src)
    proc = await asyncio.create_subprocess_shell(
        _render_command(src, dst, window),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        logger.error("dcm2pnm failed for record %s: %s", record_id, stderr.decode(errors="replace"))
        raise RuntimeError(f"could not render radiograph {record_id}")
    return dst


@router.post("/{record_id}/preview")
async def preview(record_id: int, window: str = "1", user=Depends(require_staff)):
    try:
        dst = await render_preview(record_id, window)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such radiograph")
    except RuntimeError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"preview": f"{settings.MEDIA_URL}radiographs/previews/{dst.name}"}
