"""Imports monthly statement bundles delivered by the custodian bank.

The custodian drops a .tar.gz per month containing one PDF per sub-account
plus an index.csv; we unpack it into a scratch directory and register each
statement against the matching ledger account.
"""
from __future__ import annotations

import csv
import os
import tarfile
import tempfile
from pathlib import Path

from statements.registry import register_custodian_statement

MAX_MEMBERS = 5_000


def unpack_bundle(bundle: Path, dest: Path) -> list[Path]:
    with tarfile.open(bundle, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"bundle has too many members: {len(members)}")
        tar.extractall(dest, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())


def import_bundle(bundle: Path, custodian: str) -> int:
    imported = 0
    with tempfile.TemporaryDirectory(prefix="custodian-") as tmp:
        workdir = Path(tmp)
        files = unpack_bundle(bundle, workdir)
        index = workdir / "index.csv"
        if index not in files:
            raise ValueError("bundle is missing index.csv")
        with index.open(newline="") as fh:
            for row in csv.DictReader(fh):
                pdf = (workdir / row["file"]).resolve()
                if workdir.resolve() not in pdf.parents or not pdf.is_file():
                    continue
                register_custodian_statement(
                    custodian=custodian,
                    sub_account=row["sub_account"],
                    period=row["period"],
                    content=pdf.read_bytes(),
                )
                imported += 1
    return imported


if __name__ == "__main__":
    import sys

    print(import_bundle(Path(sys.argv[1]), os.environ.get("CUSTODIAN_NAME", "default")))
