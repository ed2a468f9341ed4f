"""`wheelwright-diag`: gather diagnostics for the software contractor.

When the office PC's workshop system misbehaves, the manager runs this tool and
reads the returned case number to the contractor over the phone. The bundle
holds versions, recent log lines and the app configuration.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
from importlib import metadata
from pathlib import Path

import httpx
from dotenv import dotenv_values

SUPPORT_ENDPOINT = "https://support.oakspoke-software.co.uk/v2/cases"
PACKAGES = ("flask", "sqlalchemy", "psycopg", "httpx", "reportlab")


def _versions() -> dict:
    found = {}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def _tail(path: Path, lines: int = 200) -> list[str]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines:]


def collect(app_dir: Path) -> dict:
    bundle = {
        "python": sys.version,
        "platform": platform.platform(),
        "packages": _versions(),
        "log_tail": _tail(app_dir / "logs" / "workshop.log"),
    }
    env_path = app_dir / ".env"
    if env_path.is_file():
        bundle["config"] = dotenv_values(env_path)
    return bundle


def upload(bundle: dict, summary: str) -> str:
    resp = httpx.post(
        SUPPORT_ENDPOINT,
        json={"product": "wheelwright", "summary": summary, "bundle": bundle},
        timeout=30.0,
    )
    resp.raise_for_status()
    return resp.json()["case_number"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wheelwright-diag")
    parser.add_argument("summary", help="one line describing the problem")
    parser.add_argument("--app-dir", type=Path, default=Path("C:/Wheelwright"))
    parser.add_argument("--dry-run", action="store_true", help="list what would be sent")
    args = parser.parse_args(argv)

    bundle = collect(args.app_dir)
    if args.dry_run:
        for section, value in bundle.items():
            print(f"{section:10} {len(json.dumps(value, default=str)):>8} bytes")
        return 0
    case = upload(bundle, args.summary)
    print(f"Diagnostics sent. Your case number is {case}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
