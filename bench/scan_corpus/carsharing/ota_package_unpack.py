"""Unpacks signed OTA packages for the in-car infotainment units.

Packages are ``.tar.gz`` files uploaded by the infotainment vendor. After the
detached signature is checked, the contents are extracted to the rollout
staging directory.
"""
import logging
import os
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING = Path(os.environ.get("INFOTAINMENT_STAGING", "/srv/ota/infotainment"))
MAX_MEMBERS = 2000


class PackageError(Exception):
    pass


def unpack(package_path: Path, release: str, verifier) -> Path:
    if not verifier.verify_file(package_path, package_path.with_suffix(package_path.suffix + ".sig")):
        raise PackageError("signature check failed")

    dest = STAGING / release
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(package_path, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise PackageError("too many entries in package")
        tar.extractall(path=dest, members=members, filter="data")
    log.info("release %s unpacked to %s (%d entries)", release, dest, len(members))
    return dest
