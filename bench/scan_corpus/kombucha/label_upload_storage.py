"""Upload service for bottle and can label artwork.

The design team uploads print-ready label files per flavor; the print
shop pulls them from the same storage volume.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePosixPath

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ALLOWED_SUFFIXES = {".pdf", ".ai", ".svg", ".png", ".tif"}
MAX_BYTES = 50 * 1024 * 1024

app = FastAPI(title="label-artwork")
bearer = HTTPBearer()


class ArtworkStorage:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def destination(self, flavor_slug: str, name: str) -> Path:
        base = PurePosixPath(name.replace("\\", "/")).name
        target = (self.root / flavor_slug / base).resolve()
        if not base or not target.is_relative_to(self.root / flavor_slug):
            raise HTTPException(status_code=400, detail="invalid file name")
        target.parent.mkdir(exist_ok=True)
        return target

    def save(self, flavor_slug: str, name: str, data: bytes) -> Path:
        target = self.destination(flavor_slug, name)
        with open(target, "wb") as fh:
            fh.write(data)
        return target


storage = ArtworkStorage(os.environ.get("LABEL_ART_ROOT", "/srv/labels"))


def design_team(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    from auth.tokens import user_for_token

    user = user_for_token(creds.credentials)
    if user is None or "design" not in user.groups:
        raise HTTPException(status_code=403)
    return user.username


def known_flavor(slug: str) -> str:
    from catalog import flavor_slugs

    if slug not in flavor_slugs():
        raise HTTPException(status_code=404, detail="unknown flavor")
    return slug


@app.post("/flavors/{slug}/artwork")
async def upload_artwork(
    slug: str,
    upload: UploadFile = File(...),
    user: str = Depends(design_team),
):
    flavor = known_flavor(slug)
    name = upload.filename or ""
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    data = await upload.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413)
    target = storage.save(flavor, name, data)
    return {
        "stored": target.name,
        "sha256": hashlib.sha256(data).hexdigest(),
        "uploaded_by": user,
    }
