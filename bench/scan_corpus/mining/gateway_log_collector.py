"""Collect event logs from SCADA gateways into the central log archive.

Usage: gateway_log_collector.py --inventory gateways.csv --dest /srv/scada-logs
The inventory CSV has columns: host, log_dir, area.
"""
import argparse
import csv
import re
import subprocess
import sys
from pathlib import Path

HOST_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")
REMOTE_DIR_RE = re.compile(r"^/[A-Za-z0-9_./-]+$")


def load_inventory(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        rows = [row for row in csv.DictReader(fh) if row.get("host")]
    for row in rows:
        if not HOST_RE.match(row["host"]) or not REMOTE_DIR_RE.match(row["log_dir"]):
            raise ValueError(f"invalid inventory entry: {row!r}")
    return rows


def collect(host: str, remote_dir: str, dest_root: Path) -> int:
    dest = dest_root / host
    dest.mkdir(parents=True, exist_ok=True)
    cmd = ["rsync", "-az", "--protect-args", "--timeout=60", "--", f"{host}:{remote_dir}/", f"{dest}/"]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(f"{host}: rsync exited {result.returncode}: {result.stderr.strip()}", file=sys.stderr)
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inventory", type=Path, required=True)
    parser.add_argument("--dest", type=Path, required=True)
    parser.add_argument("--area", help="only gateways in this plant area")
    args = parser.parse_args(argv)

    gateways = load_inventory(args.inventory)
    if args.area:
        gateways = [g for g in gateways if g.get("area") == args.area]
    failed = [g["host"] for g in gateways if collect(g["host"], g["log_dir"], args.dest) != 0]
    print(f"collected {len(gateways) - len(failed)}/{len(gateways)} gateways")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
