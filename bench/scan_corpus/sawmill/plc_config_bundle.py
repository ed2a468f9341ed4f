"""Apply configuration bundles supplied by the saw-line integrator.

The integrator emails a .tar.gz containing PLC tag maps, scanner calibration
tables and HMI screens. Maintenance uploads it through the engineering page
and it is unpacked into a staging directory for the line PC to pick up.
"""
from __future__ import annotations

import hashlib
import logging
import shutil
import tarfile
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/sawline/staging")
ALLOWED_SUFFIXES = (".tar.gz", ".tgz")


class BundleError(Exception):
    pass


def _staging_dir(bundle_name: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safe = "".join(c for c in bundle_name if c.isalnum() or c in "-_")[:40] or "bundle"
    return STAGING_ROOT / f"{stamp}-{safe}"


def unpack_bundle(upload_path: Path, original_name: str) -> Path:
    if not original_name.endswith(ALLOWED_SUFFIXES):
        raise BundleError("bundle must be a .tar.gz file")
    digest = hashlib.sha256(upload_path.read_bytes()).hexdigest()
    dest = _staging_dir(Path(original_name).stem)
    dest.mkdir(parents=True, exist_ok=False)
    try:
        with tarfile.open(upload_path, "r:gz") as tar:
            names = tar.getnames()
            if "manifest.json" not in names:
                raise BundleError("bundle has no manifest.json")
            tar.extractall(dest)
    except (tarfile.TarError, BundleError):
        shutil.rmtree(dest, ignore_errors=True)
        raise
    (dest / ".sha256").write_text(digest + "\n")
    log.info("staged integrator bundle %s (%d files, sha256 %s)", dest.name, len(names), digest[:12])
    return dest
