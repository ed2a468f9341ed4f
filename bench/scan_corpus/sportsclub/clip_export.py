#!/usr/bin/env python3
"""Export a short clip from a match recording for the club's social media accounts."""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

TIMESTAMP_RE = re.compile(r"^\d{1,2}:\d{2}:\d{2}(\.\d+)?$")


def timestamp(value: str) -> str:
    if not TIMESTAMP_RE.match(value):
        raise argparse.ArgumentTypeError("expected HH:MM:SS")
    return value


def build_command(ffmpeg: str, src: Path, start: str, seconds: int, title: str, out: Path) -> list[str]:
    return [
        ffmpeg, "-hide_banner", "-y",
        "-ss", start, "-i", str(src),
        "-t", str(seconds),
        "-metadata", f"title={title}",
        "-vf", "scale=-2:720",
        "-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac",
        str(out),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("recording", type=Path)
    parser.add_argument("--start", type=timestamp, required=True)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--title", default="")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()

    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print("ffmpeg not found on PATH", file=sys.stderr)
        return 1
    out = args.output or args.recording.with_name(f"{args.recording.stem}-clip.mp4")
    cmd = build_command(ffmpeg, args.recording, args.start, args.seconds, args.title, out)
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        return proc.returncode
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
