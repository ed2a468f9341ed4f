"""Writes a verified radio-module image to flash and records its version."""
import hashlib
import hmac
import logging
import re
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

MTD_DEVICE = "/dev/mtd3"
VERSION_RE = re.compile(r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?")


def _run(cmd: list[str]) -> None:
    log.info("exec: %s", shlex.join(cmd))
    subprocess.run(cmd, check=True, timeout=600)


def _verify_digest(image: Path, expected_hex: str) -> None:
    with open(image, "rb") as fh:
        actual = hashlib.file_digest(fh, "sha256").hexdigest()
    if not hmac.compare_digest(actual, expected_hex.lower()):
        raise ValueError(f"digest mismatch for {image.name}")


def apply_update(manifest: dict, image: Path) -> None:
    version = str(manifest["version"])
    if not VERSION_RE.fullmatch(version):
        raise ValueError(f"refusing odd version string {version!r}")
    _verify_digest(image, manifest["sha256"])
    _run(["flashcp", "-v", str(image), MTD_DEVICE])
    _run(["fw_setenv", "radio_version", version])
    log.info("radio firmware %s written", version)
