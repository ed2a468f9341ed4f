"""Download and verify firmware for the colour lab's spectrophotometers.

The vendor publishes each firmware image alongside a SHA-256 checksum on
their public release page. We download both, check the image and stage it
for the instrument update tool.
"""
import hashlib
import re
import shutil
import sys
import tempfile
from pathlib import Path

import requests

RELEASES = "https://downloads.spectro-vendor.example/firmware"
STAGING = Path("/srv/instrument-updates/staging")
IDENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,40}")


def fetch_text(url: str) -> str:
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    return resp.text


def download(url: str, dest: Path) -> None:
    with requests.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def stage_firmware(model: str, version: str) -> Path:
    if not (IDENT.fullmatch(model) and IDENT.fullmatch(version)):
        raise ValueError("model and version must be plain identifiers")
    name = f"{model}-{version}.bin"
    published = fetch_text(f"{RELEASES}/{model}/{version}/SHA256SUMS")
    expected = next(
        line.split()[0] for line in published.splitlines() if line.endswith(name)
    )
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / name
        download(f"{RELEASES}/{model}/{version}/{name}", image)
        actual = sha256_of(image)
        if actual.lower() != expected.lower():
            raise RuntimeError(f"checksum mismatch for {name}: got {actual}, expected {expected}")
        STAGING.mkdir(parents=True, exist_ok=True)
        target = STAGING / name
        shutil.copy2(image, target)
    return target


if __name__ == "__main__":
    print(stage_firmware(sys.argv[1], sys.argv[2]))
