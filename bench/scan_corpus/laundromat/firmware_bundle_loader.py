"""Stage firmware bundles downloaded from the manufacturer's release feed.

Bundles are tarballs; extraction uses the tarfile "data" filter, which
rejects absolute paths, ``..`` components, links pointing outside the
destination and device files.
"""
import hashlib
import hmac
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

import requests

STAGING_ROOT = Path("/var/lib/washpoint/firmware-staging")
CHUNK = 1 << 20
RELEASE_RE = re.compile(r"\d+\.\d+\.\d+")


def download(url: str, expected_sha256: str, timeout: float = 60) -> Path:
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(suffix=".tar.gz")
    with requests.get(url, stream=True, timeout=timeout) as resp, open(fd, "wb") as out:
        resp.raise_for_status()
        for chunk in resp.iter_content(CHUNK):
            digest.update(chunk)
            out.write(chunk)
    if not hmac.compare_digest(digest.hexdigest(), expected_sha256.lower()):
        Path(tmp_name).unlink(missing_ok=True)
        raise ValueError("bundle checksum mismatch")
    return Path(tmp_name)


def stage(bundle: Path, release: str) -> Path:
    if not RELEASE_RE.fullmatch(release):
        raise ValueError(f"invalid release name {release!r}")
    dest = STAGING_ROOT / release
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(bundle, mode="r:*") as tar:
        tar.extractall(path=dest, filter="data")
    return dest


def fetch_and_stage(url: str, sha256: str, release: str) -> Path:
    bundle = download(url, sha256)
    try:
        return stage(bundle, release)
    finally:
        bundle.unlink(missing_ok=True)
