"""Staging of OTA firmware bundles delivered by TCU suppliers.

Suppliers upload a zip containing the firmware images plus a ``manifest.json``
listing target hardware revisions. We unpack it into the staging area where the
rollout service picks it up after QA sign-off.
"""
import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

STAGING_ROOT = Path(os.environ.get("OTA_STAGING_ROOT", "/srv/ota/staging"))
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


class BundleError(Exception):
    pass


def _unpack(zf: zipfile.ZipFile, dest: str) -> list[str]:
    written = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)
        written.append(target)
    return written


def stage_bundle(supplier: str, upload_path: str) -> dict:
    if os.path.getsize(upload_path) > MAX_BUNDLE_BYTES:
        raise BundleError("bundle too large")
    with open(upload_path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    dest = STAGING_ROOT / supplier / digest[:16]
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(upload_path) as zf:
        if "manifest.json" not in zf.namelist():
            raise BundleError("manifest.json missing")
        files = _unpack(zf, str(dest))
    manifest = json.loads((dest / "manifest.json").read_text())
    return {"supplier": supplier, "sha256": digest, "files": files, "manifest": manifest}
