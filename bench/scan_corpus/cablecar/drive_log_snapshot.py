"""Captures drive-inverter diagnostic snapshots for a given line using the vendor CLI."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

LINE_CODE = re.compile(r"^[A-Z]{2}\d{1,2}$")
CHANNEL = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
VENDOR_CLI = shutil.which("drvdiag") or "/opt/drive/bin/drvdiag"


@dataclass
class SnapshotRequest:
    line_code: str
    channels: list[str]
    seconds: int = 10


@dataclass
class SnapshotResult:
    path: Path
    returncode: int
    stderr: str


def _argv(req: SnapshotRequest, out_file: Path) -> list[str]:
    if not LINE_CODE.match(req.line_code):
        raise ValueError(f"invalid line code {req.line_code!r}")
    argv = [VENDOR_CLI, "capture", "--line", req.line_code, "--duration", str(int(req.seconds))]
    for channel in req.channels:
        if not CHANNEL.match(channel):
            raise ValueError(f"invalid channel {channel!r}")
        argv += ["--channel", channel]
    argv += ["--output", str(out_file)]
    return argv


def capture(req: SnapshotRequest, out_dir: Path) -> SnapshotResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_file = out_dir / f"{req.line_code}_{stamp}.drv"
    proc = subprocess.run(
        _argv(req, out_file),
        capture_output=True,
        text=True,
        timeout=req.seconds + 30,
        check=False,
    )
    return SnapshotResult(path=out_file, returncode=proc.returncode, stderr=proc.stderr.strip())


def capture_many(lines: list[str], channels: list[str], out_dir: Path) -> list[SnapshotResult]:
    return [capture(SnapshotRequest(line, channels), out_dir) for line in lines]
