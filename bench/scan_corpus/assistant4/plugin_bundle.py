"""Unpack report plugin bundles that customers upload through the admin UI."""
import logging
import shutil
import tarfile
from pathlib import Path

from reports.conf import PLUGIN_ROOT

log = logging.getLogger(__name__)

MAX_MEMBERS = 500


class BundleError(ValueError):
    pass


def unpack_plugin(archive_path: Path, tenant_id: int, name: str) -> Path:
    if not name.isidentifier():
        raise BundleError(f"invalid plugin name {name!r}")
    target = Path(PLUGIN_ROOT) / str(tenant_id) / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    with tarfile.open(archive_path, "r:*") as bundle:
        members = bundle.getmembers()
        if len(members) > MAX_MEMBERS:
            raise BundleError("bundle has too many files")
        # The "data" filter rejects absolute paths, "..", links leaving the
        # destination and device files, and strips setuid bits.
        bundle.extractall(target, filter="data")

    if not (target / "plugin.toml").is_file():
        shutil.rmtree(target)
        raise BundleError("plugin.toml missing")
    log.info("unpacked plugin %s for tenant %s (%d files)", name, tenant_id, len(members))
    return target
