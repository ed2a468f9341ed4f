"""Combine a signed lease, addenda and move-in checklist into a single PDF packet."""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

QPDF = shutil.which("qpdf") or "/usr/bin/qpdf"


def merge_packet(parts: list[Path], output: Path, title: str | None = None) -> Path:
    missing = [str(p) for p in parts if not p.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    cmd = [QPDF, "--empty", "--pages", *map(str, parts), "--", str(output)]
    subprocess.run(cmd, check=True, timeout=120)
    if title:
        subprocess.run(
            ["exiftool", "-overwrite_original", f"-Title={title}", str(output)],
            check=True,
            timeout=60,
            stdout=subprocess.DEVNULL,
        )
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--title", help="document title, e.g. the tenant's name and unit")
    args = parser.parse_args(argv)
    try:
        merge_packet(args.parts, args.output, args.title)
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        print(f"merge failed: {exc}", file=sys.stderr)
        return 1
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
