"""Packs a robot's log directory into a zstd tarball for a support ticket."""
import re
import shutil
import subprocess
from pathlib import Path

SERIAL_RE = re.compile(r"^[A-Z0-9]{6,20}$")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is not installed")
    return path


def pack_logs(log_root: Path, robot_serial: str, out_dir: Path, level: int = 10) -> Path:
    if not SERIAL_RE.match(robot_serial):
        raise ValueError(f"invalid robot serial: {robot_serial!r}")
    level = max(1, min(int(level), 19))
    out_dir.mkdir(parents=True, exist_ok=True)
    tar_path = out_dir / f"{robot_serial}-logs.tar"
    out_path = tar_path.with_suffix(".tar.zst")

    subprocess.run(
        [_tool("tar"), "-C", str(log_root), "-cf", str(tar_path), "--", robot_serial],
        check=True, capture_output=True, timeout=600,
    )
    subprocess.run(
        [_tool("zstd"), "-q", f"-{level}", "--rm", "-f", "-o", str(out_path), str(tar_path)],
        check=True, capture_output=True, timeout=600,
    )
    return out_path
