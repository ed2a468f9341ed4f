"""Unpack plugin bundles uploaded through the admin UI."""
import tarfile
from pathlib import Path


class BundleError(Exception):
    pass


def unpack_bundle(archive: Path, plugins_root: Path, name: str) -> Path:
    if not name.replace("-", "_").isidentifier():
        raise BundleError(f"bad plugin name: {name!r}")
    dest = plugins_root / name
    dest.mkdir(parents=True, exist_ok=False)
    try:
        with tarfile.open(archive, "r:*") as tar:
            tar.extractall(dest, filter="data")
    except tarfile.FilterError as exc:
        raise BundleError(str(exc)) from exc
    return dest
