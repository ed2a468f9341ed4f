"""Summarise Cobertura coverage.xml artifacts attached to merge requests."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import defusedxml.ElementTree as ET


def package_rates(xml_bytes: bytes) -> dict[str, float]:
    root = ET.fromstring(xml_bytes)
    rates = {}
    for pkg in root.iter("package"):
        rates[pkg.get("name") or "<root>"] = round(float(pkg.get("line-rate", 0)) * 100, 2)
    return rates


def summary(xml_bytes: bytes) -> dict:
    root = ET.fromstring(xml_bytes)
    return {
        "line_rate": round(float(root.get("line-rate", 0)) * 100, 2),
        "branch_rate": round(float(root.get("branch-rate", 0)) * 100, 2),
        "packages": package_rates(xml_bytes),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("report", type=Path)
    ap.add_argument("--min-line-rate", type=float, default=0.0)
    args = ap.parse_args(argv)

    result = summary(args.report.read_bytes())
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    if result["line_rate"] < args.min_line_rate:
        print(f"line coverage {result['line_rate']}% is below {args.min_line_rate}%", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
