"""Change detection for archived router configurations."""
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
    return "\n".join(l.rstrip() for l in config_text.splitlines() if l.strip()) + "\n"


def unified_diff(archived: Path, fresh_text: str, label: str) -> str:
    fd, staged = tempfile.mkstemp(prefix=f"{label}-", suffix=".cfg")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
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
        os.unlink(staged)


def refresh(archive_dir: Path, hostname: str, fresh_raw: str) -> str | None:
    fresh = normalise(fresh_raw)
    archived = archive_dir / f"{hostname}.cfg"
    if not archived.exists():
        archived.write_text(fresh, encoding="utf-8")
        return None
    diff = unified_diff(archived, fresh, hostname)
    if diff:
        shutil.copy2(archived, archived.with_suffix(".cfg.prev"))
        archived.write_text(fresh, encoding="utf-8")
    return diff or None
