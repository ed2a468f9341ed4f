import json
import logging
import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse
from sqlalchemy import select

log = logging.getLogger(__name__)
router = APIRouter()

CARD_SPOOL = "/srv/print-spool/cards"
ARCHIVE_ROOT = Path("/srv/proofs")
SPECIMEN_DIR = Path("/srv/specimens")
RECIPE_STORE = Path("/srv/recipes")


def remove_cards(batch_no: str, card_files: list) -> int:
    removed = 0
    for card in card_files:
        path = os.path.join(CARD_SPOOL, card)
        # ruleid: path-traversal-user-filename
        os.remove(path)
        removed += 1
    return removed


def remove_proof_files(order_ref: str, files: list[str]) -> int:
    folder = ARCHIVE_ROOT / "orders"
    for name in files:
        target = folder / name
        if target.exists():
            # ruleid: path-traversal-user-filename
            target.unlink()
    return len(files)


def remove_checked(files: list[str]) -> None:
    for name in files:
        target = ARCHIVE_ROOT / os.path.basename(name)
        # ok: path-traversal-user-filename
        target.unlink(missing_ok=True)


def remove_contained(files: list[str]) -> None:
    root = ARCHIVE_ROOT.resolve()
    for name in files:
        target = (root / name).resolve()
        if not target.is_relative_to(root):
            raise ValueError(name)
        # ok: path-traversal-user-filename
        target.unlink(missing_ok=True)


def on_message(channel, method, properties, body: bytes) -> None:
    msg = json.loads(body)
    remove_cards(msg["batch_no"], msg.get("cards", []))


async def _store(upload: UploadFile, dest: Path) -> int:
    written = 0
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await upload.read(65536):
            written += len(chunk)
            await out.write(chunk)
    return written


@router.post("/specimens")
async def upload_specimen(scan: UploadFile = File(...)):
    dest = SPECIMEN_DIR / "incoming" / scan.filename
    # ruleid: path-traversal-user-filename
    size = await _store(scan, dest)
    return {"bytes": size}


@router.post("/specimens/safe")
async def upload_specimen_safe(scan: UploadFile = File(...)):
    dest = SPECIMEN_DIR / "incoming" / os.path.basename(scan.filename or "scan.pdf")
    # ok: path-traversal-user-filename
    size = await _store(scan, dest)
    return {"bytes": size}


def get_db():
    yield None


def sheet_for(db, recipe_code: str):
    row = db.scalars(select("RecipeVersion").where(recipe_code == recipe_code).limit(1)).first()
    if row is None:
        raise HTTPException(404, "recipe not found")
    return row


def sheet_unchecked(db, recipe_code: str):
    return db.scalars(select("RecipeVersion").where(recipe_code == recipe_code).limit(1)).first()


@router.get("/{recipe_code}/sheet")
def recipe_sheet(recipe_code: str, db=Depends(get_db)):
    row = sheet_for(db, recipe_code)
    path = RECIPE_STORE / row.sheet_file
    # ok: path-traversal-user-filename
    return FileResponse(path, media_type="application/pdf")
