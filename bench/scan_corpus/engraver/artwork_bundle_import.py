"""Unpacks zip bundles of artwork that corporate accounts upload for bulk orders."""
import logging
import os
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

BUNDLE_ROOT = Path(os.environ.get("BUNDLE_ROOT", "/srv/engraver/bundles"))
ARTWORK_EXTS = {".svg", ".ai", ".eps", ".pdf", ".dxf", ".png"}
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class BundleError(ValueError):
    pass


def _check_limits(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = [m for m in zf.infolist() if not m.is_dir()]
    if len(members) > MAX_MEMBERS:
        raise BundleError(f"bundle has {len(members)} files, limit is {MAX_MEMBERS}")
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
        raise BundleError("bundle is too large once unpacked")
    return members


def unpack_bundle(order_id: int, bundle_path: Path) -> list[Path]:
    dest = BUNDLE_ROOT / str(order_id)
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle_path) as zf:
        for member in _check_limits(zf):
            if Path(member.filename).suffix.lower() not in ARTWORK_EXTS:
                log.info("order %s: skipping %s", order_id, member.filename)
                continue
            target = dest / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 16):
                    out.write(chunk)
            written.append(target)
    log.info("order %s: unpacked %d artwork files", order_id, len(written))
    return written


def manifest(order_id: int) -> list[dict]:
    dest = BUNDLE_ROOT / str(order_id)
    return [
        {"name": str(p.relative_to(dest)), "bytes": p.stat().st_size}
        for p in sorted(dest.rglob("*")) if p.is_file()
    ]
