"""Import of cache bundles uploaded by CI jobs to warm-start a namespace.

A bundle is a gzip-compressed tarball of the ``cas/`` and ``ac/`` trees
produced by ``cachectl export``.
"""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger("cache.import")

MAX_MEMBERS = 200_000
MAX_UNPACKED_BYTES = 20 * 1024 ** 3


class BundleError(Exception):
    pass


def import_bundle(bundle_path: Path, namespace_dir: Path) -> int:
    staging = Path(tempfile.mkdtemp(prefix="bundle-", dir=namespace_dir.parent))
    try:
        with tarfile.open(bundle_path, "r:gz") as tar:
            members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
            if len(members) > MAX_MEMBERS:
                raise BundleError(f"bundle has {len(members)} entries")
            if sum(m.size for m in members) > MAX_UNPACKED_BYTES:
                raise BundleError("bundle too large once unpacked")
            tar.extractall(staging, members=members, filter="data")

        imported = 0
        for tree in ("cas", "ac"):
            src = staging / tree
            if not src.is_dir():
                continue
            for entry in src.rglob("*"):
                if entry.is_file():
                    dest = namespace_dir / tree / entry.relative_to(src)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    if not dest.exists():
                        entry.replace(dest)
                        imported += 1
        log.info("imported %d entries into %s", imported, namespace_dir.name)
        return imported
    finally:
        shutil.rmtree(staging, ignore_errors=True)
