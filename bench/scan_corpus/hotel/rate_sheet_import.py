"""Import seasonal rate sheets uploaded by property revenue managers.

Managers export a bundle from their revenue tool (a .tar.gz holding one CSV
per rate plan) and upload it in the admin console; we unpack it into a
staging folder and load every CSV into the ``rate_sheet_staging`` table.
"""
import csv
import io
import shutil
import tarfile
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, UploadFile

from .db import get_session
from .models import RateSheetRow

router = APIRouter(prefix="/admin/rate-sheets")

ALLOWED_SUFFIXES = (".csv", ".txt")


def _wanted(members: list[tarfile.TarInfo]) -> list[tarfile.TarInfo]:
    return [m for m in members if m.isfile() and m.name.lower().endswith(ALLOWED_SUFFIXES)]


def unpack_bundle(data: bytes, dest: Path) -> list[Path]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        members = _wanted(tar.getmembers())
        tar.extractall(path=dest, members=members)
    return [dest / m.name for m in members]


def load_csv(path: Path, property_code: str) -> list[RateSheetRow]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [
            RateSheetRow(
                property_code=property_code,
                rate_plan=row["rate_plan"],
                room_type=row["room_type"],
                date=row["date"],
                amount=row["amount"],
            )
            for row in csv.DictReader(fh)
        ]


@router.post("/{property_code}")
async def upload(property_code: str, bundle: UploadFile = File(...), session=Depends(get_session)):
    staging = Path(tempfile.mkdtemp(prefix="ratesheet-"))
    try:
        files = unpack_bundle(await bundle.read(), staging)
        rows = [r for f in files for r in load_csv(f, property_code)]
        session.add_all(rows)
        await session.commit()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {"files": len(files), "rows": len(rows)}
