"""Render course map tiles and an elevation profile from the official GPX.

Wraps gpsbabel (simplification) and the in-house `tilemaker` binary.
"""
import argparse
import shlex
import shutil
import subprocess
from pathlib import Path

TOOLS = {
    "gpsbabel": shutil.which("gpsbabel") or "gpsbabel",
    "tilemaker": shutil.which("tilemaker") or "tilemaker",
}


def _run(args: list[str]) -> None:
    print("+", shlex.join(args))
    subprocess.run(args, check=True, timeout=600)


def simplify_track(gpx: Path, out: Path, max_points: int = 2000) -> Path:
    _run([
        TOOLS["gpsbabel"],
        "-i", "gpx", "-f", str(gpx),
        "-x", f"simplify,count={max_points}",
        "-o", "gpx", "-F", str(out),
    ])
    return out


def render_tiles(gpx: Path, out_dir: Path, zoom: str = "11-16") -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    _run([TOOLS["tilemaker"], "--input", str(gpx), "--output", str(out_dir), "--zoom", zoom])
    return out_dir


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gpx", type=Path)
    parser.add_argument("--out", type=Path, default=Path("build/course"))
    parser.add_argument("--zoom", default="11-16")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    simple = simplify_track(args.gpx, args.out / "course.simplified.gpx")
    render_tiles(simple, args.out / "tiles", args.zoom)


if __name__ == "__main__":
    main()
