"""Unpack data-release bundles returned by partner analysis sites.

Partner sites return derived datasets as tar.gz bundles; they are unpacked
into a per-request quarantine folder for checksum verification.
"""
import hashlib
import tarfile
from pathlib import Path

QUARANTINE = Path("/srv/biobank/returns/quarantine")

if not hasattr(tarfile, "data_filter"):
    raise ImportError("Python with tarfile extraction filters (3.11.4+) is required")


def unpack_bundle(request_id: str, bundle_path: Path) -> Path:
    if not request_id.isalnum():
        raise ValueError("invalid request id")
    dest = QUARANTINE / request_id
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle_path, mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest


def verify_checksums(folder: Path) -> list[str]:
    """Return the files whose SHA-256 does not match SHA256SUMS."""
    failures = []
    sums = folder / "SHA256SUMS"
    for line in sums.read_text().splitlines():
        digest, _, name = line.partition("  ")
        target = (folder / name).resolve()
        if not target.is_relative_to(folder.resolve()) or not target.is_file():
            failures.append(name)
            continue
        if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            failures.append(name)
    return failures
