#!/usr/bin/env python3
"""Exports a lab's result batch with the vendor CLI and uploads it."""
import argparse
import re
import subprocess
from pathlib import Path

LAB_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
VENDOR_CLI = "/opt/labvendor/bin/lisexport"


def export(lab_code: str, out_dir: Path) -> Path:
    if not LAB_CODE.match(lab_code):
        raise ValueError(f"invalid lab code: {lab_code!r}")
    out = out_dir / f"{lab_code}.hl7"
    subprocess.run(
        [VENDOR_CLI, "--lab", lab_code, "--format", "hl7v2", "--output", str(out)],
        check=True,
        timeout=600,
    )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lab_code")
    ap.add_argument("--out", type=Path, default=Path("/srv/lab/exports"))
    args = ap.parse_args()
    print(export(args.lab_code, args.out))


if __name__ == "__main__":
    main()
