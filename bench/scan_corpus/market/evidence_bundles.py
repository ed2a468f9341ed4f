"""Unpacks evidence bundles (tar.gz) uploaded to a dispute by either party."""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 50 * 1024 * 1024


class BundleTooLarge(Exception):
    pass


def unpack_bundle(upload_path: Path, dispute_dir: Path) -> list[str]:
    if upload_path.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleTooLarge(upload_path.name)
    dest = dispute_dir / "bundle"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(upload_path, mode="r:gz") as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
        tar.extractall(path=dest)
    log.info("unpacked %d files for dispute dir %s", len(names), dispute_dir.name)
    return names
