"""Imports the end-of-season tally bundle from the shearing contractor.

The contractor sends one zip per season with a CSV per shed day plus the
gang's pay sheets; everything is unpacked into the season folder before the
tallies are reconciled against the flock register.
"""
import zipfile
from pathlib import Path

from shepherd.settings import settings
from shepherd.shearing.reconcile import reconcile_season

MAX_TOTAL_BYTES = 200 * 1024 * 1024


class BundleError(Exception):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise BundleError(f"bundle member escapes season folder: {member_name}")
    return target


def extract_bundle(bundle_path: Path, season: str) -> list[Path]:
    dest = (Path(settings.shearing_archive_dir) / season).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle_path) as bundle:
        members = [m for m in bundle.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleError("bundle is larger than expected for a season")
        for member in members:
            target = _safe_target(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with bundle.open(member) as src, target.open("wb") as out:
                out.write(src.read())
            written.append(target)
    return written


def import_season(bundle_path: Path, season: str) -> dict:
    files = extract_bundle(bundle_path, season)
    tallies = [f for f in files if f.suffix.lower() == ".csv" and "tally" in f.name.lower()]
    result = reconcile_season(season, tallies)
    return {"season": season, "files": len(files), "tallies": len(tallies), **result}
