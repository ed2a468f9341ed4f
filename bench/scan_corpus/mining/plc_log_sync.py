"""Pull event logs from the SCADA gateways listed in the site inventory.

Usage: plc_log_sync.py --inventory gateways.csv --dest /srv/scada-logs [--only HOST]
The inventory CSV has columns: host, log_dir, area.
"""
import argparse
import csv
import subprocess
import sys
from pathlib import Path


def load_inventory(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        return [row for row in csv.DictReader(fh) if row.get("host")]


def sync_gateway(host: str, remote_dir: str, dest_root: Path) -> int:
    dest = dest_root / host
    dest.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(f"rsync -az --timeout=60 {host}:{remote_dir}/ {dest}/", shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{host}: rsync failed ({result.returncode}): {result.stderr.strip()}", file=sys.stderr)
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inventory", type=Path, required=True)
    parser.add_argument("--dest", type=Path, required=True)
    parser.add_argument("--only", help="sync a single gateway host")
    args = parser.parse_args(argv)

    gateways = load_inventory(args.inventory)
    if args.only:
        gateways = [g for g in gateways if g["host"] == args.only]
    failures = sum(1 for g in gateways if sync_gateway(g["host"], g["log_dir"], args.dest) != 0)
    print(f"synced {len(gateways) - failures}/{len(gateways)} gateways")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
