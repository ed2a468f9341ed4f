"""Unpacks the zip bundles sponsors upload (logos, banners, promo clips) for competition pages."""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("events.sponsor_assets")

ASSET_ROOT = Path("/srv/rampworks/events/sponsors")
ALLOWED_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".webp", ".mp4"}
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 500


class AssetBundleError(ValueError):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise AssetBundleError(f"bundle entry escapes target folder: {member_name!r}")
    return target


def unpack_bundle(bundle_path: Path, sponsor_id: int) -> list[Path]:
    dest = ASSET_ROOT / f"sponsor-{int(sponsor_id)}"
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle_path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise AssetBundleError("too many files in bundle")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise AssetBundleError("bundle too large once unpacked")
        for member in members:
            if Path(member.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s in sponsor %s bundle", member.filename, sponsor_id)
                continue
            target = _safe_target(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d assets for sponsor %s", len(written), sponsor_id)
    return written
