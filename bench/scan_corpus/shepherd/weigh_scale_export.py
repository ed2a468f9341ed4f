"""Converts weigh-scale session exports into the flock register CSV layout.

The scale head writes an .xls workbook with one sheet per mob; the office
picks a sheet and LibreOffice's ssconvert turns it into CSV for import.
"""
import asyncio
import uuid
from pathlib import Path

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from shepherd.flock.imports import import_weights_csv
from shepherd.settings import settings

router = APIRouter(prefix="/scale")
WORK_DIR = Path(settings.scale_import_dir)


async def _convert(src: Path, dst: Path, sheet_name: str) -> None:
    command = f"ssconvert --export-options='sheet={sheet_name}' {src} {dst}"
    proc = await asyncio.create_subprocess_shell(
        command,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(stderr.decode(errors="replace")[:400])


@router.post("/sessions")
async def upload_session(
    workbook: UploadFile = File(...),
    sheet: str = Form(...),
    weighed_on: str = Form(...),
):
    if not workbook.filename.lower().endswith(".xls"):
        raise HTTPException(400, "expected an .xls export from the scale head")
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    stem = uuid.uuid4().hex
    src = WORK_DIR / f"{stem}.xls"
    dst = WORK_DIR / f"{stem}.csv"
    src.write_bytes(await workbook.read())
    try:
        await _convert(src, dst, sheet)
        imported = import_weights_csv(dst, weighed_on=weighed_on)
    except RuntimeError as exc:
        raise HTTPException(422, f"could not convert workbook: {exc}")
    finally:
        src.unlink(missing_ok=True)
        dst.unlink(missing_ok=True)
    return {"imported": imported}
