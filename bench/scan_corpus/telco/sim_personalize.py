#!/usr/bin/env python3
"""Personalises a batch of blank SIMs from the vendor's input file.

Usage: sim_personalize.py BATCH.csv --profile mvno-default
"""
import argparse
import csv
import subprocess
import sys


def personalise(row: dict, profile: str, reader: str) -> None:
    cmd = (
        f"simtool --reader {reader} personalize "
        f"--iccid {row['iccid']} --imsi {row['imsi']} --profile {profile}"
    )
    subprocess.run(cmd, shell=True, check=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch", help="vendor CSV with iccid,imsi columns")
    parser.add_argument("--profile", default="mvno-default")
    parser.add_argument("--reader", default="0")
    args = parser.parse_args(argv)

    failures = 0
    with open(args.batch, newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                personalise(row, args.profile, args.reader)
                print(f"ok   {row['iccid']}")
            except subprocess.CalledProcessError as exc:
                failures += 1
                print(f"FAIL {row['iccid']} (exit {exc.returncode})", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
