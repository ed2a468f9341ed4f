"""Unpack manufacturer documentation bundles into the maintenance wiki store.

Ride manufacturers publish manuals and service bulletins as .tar.xz bundles
that engineers upload through the CMMS.
"""
import hashlib
import re
import tarfile
from pathlib import Path

DOCS_ROOT = Path("/srv/cmms/manuals")
SERIAL_RE = re.compile(r"[A-Z0-9-]{4,32}")


def bundle_id(archive: Path) -> str:
    h = hashlib.sha256()
    with archive.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def unpack_bundle(archive: Path, ride_serial: str) -> Path:
    if not SERIAL_RE.fullmatch(ride_serial):
        raise ValueError(f"bad ride serial {ride_serial!r}")
    dest = DOCS_ROOT / ride_serial / bundle_id(archive)
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        tar.extractall(path=dest, filter="data")
    return dest


def list_documents(dest: Path) -> list[str]:
    return sorted(str(p.relative_to(dest)) for p in dest.rglob("*.pdf"))
