"""CLI that cuts highlight clips out of VOD recordings for social posts.

    python clip_exporter.py vod.mp4 --start 01:12:30 --duration 40 --out clip.mp4
"""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}:\d{2}(\.\d+)?$")


def build_command(src: Path, start: str, duration: int, out: Path, vertical: bool) -> list[str]:
    cmd = [shutil.which("ffmpeg") or "ffmpeg", "-y", "-loglevel", "error",
           "-ss", start, "-i", str(src), "-t", str(duration)]
    if vertical:
        cmd += ["-vf", "crop=ih*9/16:ih,scale=1080:1920"]
    cmd += ["-c:v", "libx264", "-preset", "medium", "-c:a", "aac", str(out)]
    return cmd


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("--start", required=True)
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--vertical", action="store_true")
    args = parser.parse_args(argv)

    if not TIMESTAMP.match(args.start):
        parser.error("--start must look like HH:MM:SS")
    if not args.source.is_file():
        parser.error(f"{args.source} does not exist")

    cmd = build_command(args.source, args.start, args.duration, args.out, args.vertical)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        return proc.returncode
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
