"""Imports artwork bundles delivered by freelance artists.

An artist uploads a zip per commission containing layered SVGs, the final
raster and a hand-painted scan; files are unpacked into the commission's
incoming folder for the studio herald to review.
"""
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("studio.bundles")

INCOMING_ROOT = Path(os.environ.get("INCOMING_ROOT", "/srv/heraldry/incoming"))
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 2 * 1024 ** 3


class BundleRejected(Exception):
    pass


def _check_sizes(zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleRejected("too many files in bundle")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise BundleRejected("bundle expands beyond the size limit")


def unpack_bundle(bundle_path: Path, commission_id: int) -> list[str]:
    dest = INCOMING_ROOT / str(commission_id)
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        _check_sizes(zf)
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    log.info("unpacked %d files for commission %s", len(written), commission_id)
    return written


def handle_upload(upload_path: str, commission_id: int) -> dict:
    path = Path(upload_path)
    if not zipfile.is_zipfile(path):
        raise BundleRejected("upload is not a zip archive")
    files = unpack_bundle(path, commission_id)
    return {"commission_id": commission_id, "files": files}
