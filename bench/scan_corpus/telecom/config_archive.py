"""Compare freshly collected router configs against the last archived copy.

Used by the change-detection job: when a device config differs from the
archive we produce a unified diff for the NOC change report and replace the
archived copy.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_VOLATILE = [
    re.compile(r"^! Last configuration change at .*$", re.M),
    re.compile(r"^! NVRAM config last updated at .*$", re.M),
    re.compile(r"^ntp clock-period \d+$", re.M),
]


def normalise(config_text: str) -> str:
    for pattern in _VOLATILE:
        config_text = pattern.sub("", config_text)
    lines = [line.rstrip() for line in config_text.splitlines()]
    return "\n".join(line for line in lines if line) + "\n"


def unified_diff(archived: Path, fresh_text: str, label: str) -> str:
    staged = tempfile.mktemp(prefix=f"{label}-", suffix=".cfg")
    try:
        with open(staged, "w", encoding="utf-8") as fh:
            fh.write(fresh_text)
        proc = subprocess.run(
            ["diff", "-u", "--label", f"{label} (archive)", "--label", f"{label} (live)",
             str(archived), staged],
            capture_output=True,
            text=True,
        )
        if proc.returncode > 1:
            raise RuntimeError(proc.stderr.strip())
        return proc.stdout
    finally:
        if os.path.exists(staged):
            os.unlink(staged)


def check_device(archive_dir: Path, hostname: str, fresh_raw: str) -> str | None:
    """Return the diff if the device changed, updating the archive; otherwise None."""
    fresh = normalise(fresh_raw)
    archived = archive_dir / f"{hostname}.cfg"
    if not archived.exists():
        archived.write_text(fresh, encoding="utf-8")
        return None
    diff = unified_diff(archived, fresh, hostname)
    if diff:
        backup = archived.with_suffix(".cfg.prev")
        shutil.copy2(archived, backup)
        archived.write_text(fresh, encoding="utf-8")
    return diff or None
