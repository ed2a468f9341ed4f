"""CLI used on warehouse PCs to reprint a batch of ZPL labels.

    python -m warehouse.label_spooler --printer dock3 labels/*.zpl
"""
import argparse
import subprocess
import sys
from pathlib import Path

from .stations import STATION_PRINTERS

KNOWN_PRINTERS = set(STATION_PRINTERS.values())


def send(printer: str, path: Path, copies: int = 1) -> None:
    subprocess.run(
        ["lp", "-d", printer, "-n", str(copies), "-o", "raw", "--", str(path)],
        check=True,
        timeout=30,
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Reprint ZPL labels")
    parser.add_argument("--printer", required=True)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)

    if args.printer not in KNOWN_PRINTERS:
        parser.error(f"unknown printer {args.printer!r}")
    failed = 0
    for path in args.files:
        try:
            send(args.printer, path, args.copies)
        except subprocess.CalledProcessError as exc:
            print(f"{path}: lp exited with {exc.returncode}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
