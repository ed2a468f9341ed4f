"""Upload controller firmware to the break-strength test rig.

The rig vendor publishes a SHA-256 checksum next to every firmware image
on its release page; the image is checked against it before flashing.
"""
import hashlib
import logging
from pathlib import Path

import httpx

from cordmaker.settings import RIG_CONTROLLER_URL, FIRMWARE_CACHE_DIR

log = logging.getLogger(__name__)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def read_published_checksum(sums_file: Path, image_name: str) -> str:
    for line in sums_file.read_text().splitlines():
        checksum, _, name = line.partition("  ")
        if name.strip() == image_name:
            return checksum.strip().lower()
    raise LookupError(f"{image_name} not listed in {sums_file.name}")


async def flash_rig(image_name: str) -> None:
    cache = Path(FIRMWARE_CACHE_DIR)
    image = cache / "images" / image_name
    expected = read_published_checksum(cache / "SHA256SUMS", image_name)
    actual = sha256_of(image)
    if actual != expected:
        raise ValueError(f"firmware {image_name} checksum mismatch: {actual}")
    async with httpx.AsyncClient(base_url=RIG_CONTROLLER_URL, timeout=120) as client:
        with image.open("rb") as fh:
            resp = await client.post("/firmware", files={"image": (image_name, fh)})
        resp.raise_for_status()
    log.info("rig flashed with %s (%s)", image_name, actual[:12])
