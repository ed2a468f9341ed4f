"""CLI: export a MiniSEED file to SAC using the mseed2sac tool.

    python -m tools.sac_export input.mseed --channels 'BH?' --out ./sac
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

CHANNEL_RE = re.compile(r"^[A-Z0-9?*]{1,3}$")


def mseed2sac_binary() -> str:
    path = shutil.which("mseed2sac")
    if path is None:
        sys.exit("mseed2sac not found on PATH")
    return path


def export(src: Path, channels: str, out_dir: Path) -> list[Path]:
    if not CHANNEL_RE.match(channels):
        raise ValueError(f"invalid channel pattern: {channels!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = [mseed2sac_binary(), "-m", f"*.*.*.{channels}", str(src.resolve())]
    subprocess.run(cmd, cwd=out_dir, check=True, timeout=300)
    return sorted(out_dir.glob("*.SAC"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("src", type=Path)
    ap.add_argument("--channels", default="BH?")
    ap.add_argument("--out", type=Path, default=Path("sac"))
    args = ap.parse_args(argv)
    try:
        files = export(args.src, args.channels, args.out)
    except (ValueError, subprocess.CalledProcessError) as exc:
        print(f"export failed: {exc}", file=sys.stderr)
        return 1
    for f in files:
        print(f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
