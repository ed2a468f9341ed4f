#!/usr/bin/env python3
"""Dump a PostgreSQL database to a compressed file.

Run from cron on the db host:  backup_cli.py billing --dest /var/backups/pg
"""
import argparse
import datetime
import os
import sys


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", help="name of the database to dump")
    parser.add_argument("--dest", default="/var/backups/pg")
    parser.add_argument("--keep", type=int, default=14, help="number of dumps to keep")
    return parser.parse_args(argv)


def prune(dest, database, keep):
    dumps = sorted(f for f in os.listdir(dest) if f.startswith(database + "-"))
    for old in dumps[:-keep]:
        os.remove(os.path.join(dest, old))


def main(argv=None):
    args = parse_args(argv)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    os.makedirs(args.dest, exist_ok=True)
    target = os.path.join(args.dest, f"{args.database}-{stamp}.sql.gz")

    status = os.system(f"pg_dump --no-owner --clean {args.database} | gzip -9 > {target}")
    if status != 0:
        print(f"backup of {args.database} failed (status {status})", file=sys.stderr)
        return 1
    prune(args.dest, args.database, args.keep)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
