"""Import of custom label templates uploaded by enterprise shippers.

A template bundle is a zip with a ``template.zpl`` plus any logos and fonts
it references. Bundles are unpacked into the shipper's template directory
and picked up by the label renderer on next use.
"""
import os
import shutil
import zipfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from courier.auth import ShipperPrincipal, current_shipper
from courier.config import settings

router = APIRouter(prefix="/v1/label-templates")

MAX_BUNDLE_BYTES = 20 * 1024 * 1024
ALLOWED_SUFFIXES = {".zpl", ".grf", ".png", ".ttf", ".json"}


def unpack_bundle(bundle: zipfile.ZipFile, dest: str) -> list[str]:
    written = []
    for info in bundle.infolist():
        if info.is_dir():
            continue
        if os.path.splitext(info.filename)[1].lower() not in ALLOWED_SUFFIXES:
            continue
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with bundle.open(info) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        written.append(info.filename)
    return written


@router.post("/{template_name}")
async def upload_template(
    template_name: str,
    bundle: UploadFile = File(...),
    shipper: ShipperPrincipal = Depends(current_shipper),
):
    if not template_name.isidentifier():
        raise HTTPException(400, "template name must be alphanumeric")
    if bundle.size and bundle.size > MAX_BUNDLE_BYTES:
        raise HTTPException(413, "bundle too large")

    dest = Path(settings.LABEL_TEMPLATE_ROOT) / str(shipper.account_id) / template_name
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)

    try:
        with zipfile.ZipFile(bundle.file) as zf:
            files = unpack_bundle(zf, str(dest))
    except zipfile.BadZipFile:
        raise HTTPException(400, "not a zip archive")

    if "template.zpl" not in files:
        shutil.rmtree(dest)
        raise HTTPException(422, "bundle must contain template.zpl")
    return {"template": template_name, "files": files}
