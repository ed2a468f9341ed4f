"""Fingerprints issued inspection certificates so altered copies can be spotted."""

from __future__ import annotations

import argparse
import csv
import sys
from hashlib import sha256 as _sha256
from pathlib import Path

CHUNK_SIZE = 1024 * 1024


def fingerprint(pdf_path: Path) -> str:
    digest = _sha256()
    with pdf_path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_register(folder: Path, register: Path) -> int:
    count = 0
    with register.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["certificate", "sha256", "bytes"])
        for pdf in sorted(folder.glob("*.pdf")):
            writer.writerow([pdf.name, fingerprint(pdf), pdf.stat().st_size])
            count += 1
    return count


def check_copy(register: Path, copy: Path) -> bool:
    """Return True if a copy sent in by an insurer matches what we issued."""
    wanted = fingerprint(copy)
    with register.open(newline="") as fh:
        for row in csv.DictReader(fh):
            if row["certificate"] == copy.name:
                return row["sha256"] == wanted
    return False


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    reg = sub.add_parser("register")
    reg.add_argument("folder", type=Path)
    reg.add_argument("register", type=Path)
    chk = sub.add_parser("check")
    chk.add_argument("register", type=Path)
    chk.add_argument("copy", type=Path)
    args = parser.parse_args(argv)

    if args.cmd == "register":
        print(f"{write_register(args.folder, args.register)} certificates fingerprinted")
        return 0
    ok = check_copy(args.register, args.copy)
    print("matches issued certificate" if ok else "DOES NOT match issued certificate")
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
