"""Flashes pitch-controller firmware onto a turbine hub via the vendor CLI."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger("firmware.flash")

VENDOR_CLI = os.environ.get("PITCH_FLASH_CLI", "/opt/pitchtool/bin/pitchflash")


class FlashFailed(RuntimeError):
    pass


def firmware_digest(image: Path) -> str:
    h = hashlib.sha256()
    with image.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def _child_env(turbine_id: str, axis: int) -> dict[str, str]:
    return {**os.environ, "PITCH_TARGET": turbine_id, "PITCH_AXIS": str(axis), "LC_ALL": "C"}


def flash(turbine_id: str, axis: int, image: Path, expected_sha256: str) -> None:
    """Verify the image checksum and flash one pitch axis (0-2)."""
    if axis not in (0, 1, 2):
        raise ValueError("pitch axis must be 0, 1 or 2")
    actual = firmware_digest(image)
    if actual != expected_sha256.lower():
        raise FlashFailed(f"checksum mismatch for {image.name}: {actual}")
    cmd = [VENDOR_CLI, "write", "--image", str(image), "--verify"]
    log.info("flashing %s axis %d with %s", turbine_id, axis, image.name)
    proc = subprocess.run(cmd, env=_child_env(turbine_id, axis), capture_output=True,
                          text=True, timeout=900, check=False)
    if proc.returncode != 0:
        raise FlashFailed(proc.stderr.strip() or f"exit {proc.returncode}")
    log.info("flash complete for %s axis %d", turbine_id, axis)
