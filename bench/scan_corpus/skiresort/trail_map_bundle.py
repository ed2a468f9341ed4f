"""Install trail-map tile bundles delivered by the cartography agency.

The agency uploads a tar.gz per season with map tiles and a manifest.
The bundle is unpacked into the static directory served to the app.
"""
import json
import re
import shutil
import tarfile
from pathlib import Path

SEASON = re.compile(r"^\d{4}-\d{2}$")  # e.g. 2024-25


class BundleError(Exception):
    pass


def install_bundle(bundle: Path, static_root: Path, season: str) -> Path:
    if not SEASON.fullmatch(season):
        raise BundleError(f"invalid season label {season!r}")
    target = static_root / "trailmap" / season
    staging = target.with_name(target.name + ".incoming")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)

    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(staging, filter="data")

    manifest_path = staging / "manifest.json"
    if not manifest_path.is_file():
        shutil.rmtree(staging)
        raise BundleError(f"{bundle.name} has no manifest.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("season") != season:
        shutil.rmtree(staging)
        raise BundleError(f"bundle is for season {manifest.get('season')!r}, expected {season!r}")

    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    return target
