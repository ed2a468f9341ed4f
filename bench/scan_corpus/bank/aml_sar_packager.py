"""Package suspicious-activity report bundles for the financial intelligence unit.

Each bundle is signed with the bank's key and encrypted to the FIU's key using
the system gpg binary, then moved to the relay directory.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger("aml.packager")

GPG = shutil.which("gpg") or "/usr/bin/gpg"
RELAY_DIR = Path(os.environ.get("AML_RELAY_DIR", "/srv/aml/relay"))
FIU_KEY_ID = os.environ.get("AML_FIU_GPG_KEY", "fiu-submissions")
SIGNING_KEY_ID = os.environ.get("AML_SIGNING_GPG_KEY", "aml-ops")


def package(bundle: Path) -> Path:
    target = RELAY_DIR / f"{bundle.name}.gpg"
    cmd = [
        GPG, "--batch", "--yes",
        "--local-user", SIGNING_KEY_ID,
        "--recipient", FIU_KEY_ID,
        "--output", str(target),
        "--sign", "--encrypt", "--", str(bundle),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        log.error("gpg failed for %s: %s", bundle.name, result.stderr.strip())
        raise RuntimeError(f"gpg exited with {result.returncode}")
    return target


def package_all(bundles: list[Path]) -> list[Path]:
    RELAY_DIR.mkdir(parents=True, exist_ok=True)
    out = []
    for bundle in bundles:
        out.append(package(bundle))
        log.info("packaged %s", bundle.name)
    return out
