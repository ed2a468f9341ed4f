"""Custom branding: tenants upload a .tar.gz with logo, favicon and CSS overrides."""
import os
import shutil
import tarfile
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile

from app.auth import require_tenant_admin

router = APIRouter(prefix="/branding")
THEMES_ROOT = Path(os.environ.get("THEMES_ROOT", "/srv/app/themes"))
ALLOWED_SUFFIXES = {".css", ".png", ".svg", ".ico", ".woff2"}
MAX_BUNDLE_BYTES = 10 * 1024 * 1024


def unpack_bundle(archive: Path, dest: Path) -> list[str]:
    with tarfile.open(archive, mode="r:gz") as tar:
        members = [
            m for m in tar.getmembers()
            if m.isfile() and Path(m.name).suffix.lower() in ALLOWED_SUFFIXES
        ]
        tar.extractall(path=dest, members=members, filter="data")
    return sorted(m.name for m in members)


@router.post("/theme")
async def upload_theme(bundle: UploadFile, admin=Depends(require_tenant_admin)):
    with tempfile.TemporaryDirectory(prefix="theme-") as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        data = await bundle.read(MAX_BUNDLE_BYTES + 1)
        if len(data) > MAX_BUNDLE_BYTES:
            raise HTTPException(status_code=413, detail="bundle too large")
        archive.write_bytes(data)
        staging = Path(tmp) / "staging"
        try:
            files = unpack_bundle(archive, staging)
        except (tarfile.TarError, OSError) as exc:
            raise HTTPException(status_code=400, detail=f"invalid bundle: {exc}")
        target = THEMES_ROOT / str(int(admin.tenant_id))
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(staging, target)
    return {"files": files}
