"""Download and verify firmware bundles for the electronic barometer range.

The manufacturer publishes each bundle alongside a SHA-256 checksum on its
public release page; the workshop mirrors them for flashing restored units.
"""
import hashlib
import sys
from pathlib import Path

import requests

RELEASES_URL = "https://downloads.sensorvendor.example/barometer-fw"
MIRROR_DIR = Path("/srv/firmware-mirror")


def published_checksum(version: str) -> str:
    resp = requests.get(f"{RELEASES_URL}/{version}/SHA256SUMS", timeout=20)
    resp.raise_for_status()
    for line in resp.text.splitlines():
        checksum, _, name = line.partition("  ")
        if name.strip() == f"baro-fw-{version}.bin":
            return checksum.lower()
    raise LookupError(f"no checksum listed for {version}")


def download(version: str, dest_dir: Path = MIRROR_DIR) -> Path:
    dest = dest_dir / f"baro-fw-{version}.bin"
    with requests.get(f"{RELEASES_URL}/{version}/baro-fw-{version}.bin", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)
    return dest


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def mirror(version: str) -> Path:
    if not version.replace(".", "").isdigit():
        raise ValueError(f"unexpected version string {version!r}")
    expected = published_checksum(version)
    path = download(version)
    if sha256_of(path) == expected:
        return path
    path.unlink(missing_ok=True)
    raise RuntimeError(f"checksum mismatch for firmware {version}")


if __name__ == "__main__":
    for v in sys.argv[1:]:
        print("mirrored", mirror(v))
