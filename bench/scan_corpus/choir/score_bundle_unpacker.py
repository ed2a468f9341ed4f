"""Unpacks zipped score bundles (PDF parts, MusicXML, rehearsal MP3s) from publishers."""
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

LIBRARY_ROOT = Path(os.environ.get("SCORE_LIBRARY_ROOT", "/srv/library/scores"))
ALLOWED_SUFFIXES = {".pdf", ".xml", ".musicxml", ".mxl", ".mp3", ".txt"}
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 500


class BundleError(Exception):
    pass


def _members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"Bundle has {len(infos)} files; limit is {MAX_MEMBERS}")
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError(f"{info.filename} is larger than allowed")
    return infos


def unpack_bundle(bundle: Path, catalogue_number: str) -> list[Path]:
    """Extract a publisher bundle into the library folder for ``catalogue_number``."""
    if not catalogue_number.isalnum():
        raise BundleError("Catalogue numbers are alphanumeric")
    dest_dir = LIBRARY_ROOT / catalogue_number
    dest_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle) as zf:
        for info in _members(zf):
            if Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("Skipping %s in %s", info.filename, bundle.name)
                continue
            target = os.path.join(dest_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, length=1024 * 1024)
            written.append(Path(target))
    log.info("Unpacked %d files from %s", len(written), bundle.name)
    return written


def bundle_listing(bundle: Path) -> list[tuple[str, int]]:
    with zipfile.ZipFile(bundle) as zf:
        return [(i.filename, i.file_size) for i in _members(zf)]
