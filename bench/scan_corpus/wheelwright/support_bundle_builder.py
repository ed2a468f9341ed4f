"""`wheelwright-support`: build and send a support bundle.

The bundle says which settings are present in the app's .env file (names
only, never values), plus package versions and the recent log, so the
contractor can spot a missing setting without seeing any secret.
"""
from __future__ import annotations

import argparse
import platform
import sys
from importlib import metadata
from pathlib import Path

import httpx
from dotenv import dotenv_values

SUPPORT_ENDPOINT = "https://support.oakspoke-software.co.uk/v2/cases"
PACKAGES = ("flask", "sqlalchemy", "psycopg", "httpx", "reportlab")
REQUIRED_SETTINGS = ("WORKSHOP_DB_HOST", "WORKSHOP_DB_USER", "WORKSHOP_DB_PASSWORD",
                     "FURNACE_URL", "FURNACE_TOKEN", "QUOTE_PDF_DIR")


def _versions() -> dict:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def settings_overview(env_path: Path) -> dict:
    present = set(dotenv_values(env_path)) if env_path.is_file() else set()
    return {
        "present": sorted(present),
        "missing": [k for k in REQUIRED_SETTINGS if k not in present],
    }


def collect(app_dir: Path) -> dict:
    log_file = app_dir / "logs" / "workshop.log"
    tail = log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-200:] \
        if log_file.is_file() else []
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "packages": _versions(),
        "settings": settings_overview(app_dir / ".env"),
        "log_tail": tail,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wheelwright-support")
    parser.add_argument("summary")
    parser.add_argument("--app-dir", type=Path, default=Path("C:/Wheelwright"))
    args = parser.parse_args(argv)
    bundle = collect(args.app_dir)
    resp = httpx.post(SUPPORT_ENDPOINT,
                      json={"product": "wheelwright", "summary": args.summary, "bundle": bundle},
                      timeout=30.0)
    resp.raise_for_status()
    print(f"Support case {resp.json()['case_number']} opened.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
