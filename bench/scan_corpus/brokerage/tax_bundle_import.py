"""Imports the tax-form bundle returned by the print/mail vendor.

After the mailing run the vendor returns a .tar.gz with the rendered PDFs
(one per account) which ops upload through the back-office tool.
"""
import shutil
import tarfile
import uuid
from pathlib import Path
from typing import IO

from fastapi import APIRouter, Depends, File, UploadFile

from .auth import require_role
from .settings import STAGING_ROOT

router = APIRouter(prefix="/backoffice/tax-bundles")


def import_bundle(fileobj: IO[bytes], tax_year: int) -> list[Path]:
    dest = Path(STAGING_ROOT) / str(tax_year) / uuid.uuid4().hex
    dest.mkdir(parents=True)
    try:
        with tarfile.open(fileobj=fileobj, mode="r:gz") as tf:
            members = [m for m in tf.getmembers() if m.isfile() and m.name.lower().endswith(".pdf")]
            tf.extractall(path=dest, members=members)
    except tarfile.TarError:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return sorted(dest.rglob("*.pdf"))


@router.post("/{tax_year}")
async def upload_bundle(
    tax_year: int,
    bundle: UploadFile = File(...),
    user=Depends(require_role("tax-ops")),
):
    pdfs = import_bundle(bundle.file, tax_year)
    return {"tax_year": tax_year, "imported": len(pdfs), "uploaded_by": user.username}
