"""Collects a diagnostics bundle for a misbehaving piste scoring box.

Usage::

    python -m club.tools.box_diagnostics --piste 4 --ticket 5521

Only non-secret relay settings are included; credentials in the relay's
``.env`` file never leave the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

import requests
from dotenv import dotenv_values

RELAY_HOME = Path("/opt/piste-relay")
SHAREABLE_SETTINGS = frozenset({
    "BOX_MODEL", "BOX_FIRMWARE", "SERIAL_PORT", "BAUD_RATE", "PISTE_COUNT", "WEAPON_DEFAULT", "LOG_LEVEL",
})


def shareable_config() -> dict:
    values = dotenv_values(RELAY_HOME / ".env")
    return {key: value for key, value in values.items() if key in SHAREABLE_SETTINGS}


def log_tail(piste: int, lines: int = 400) -> list[str]:
    path = RELAY_HOME / "logs" / f"piste-{piste}.log"
    return path.read_text(errors="replace").splitlines()[-lines:] if path.exists() else []


def build_bundle(piste: int) -> dict:
    return {
        "piste": piste,
        "os": platform.platform(),
        "python": platform.python_version(),
        "config": shareable_config(),
        "log_tail": log_tail(piste),
    }


def submit(ticket: str, bundle: dict) -> None:
    portal = os.environ["SCOREBOX_SUPPORT_URL"].rstrip("/")
    resp = requests.post(
        f"{portal}/api/tickets/{ticket}/attachments",
        json={"kind": "diagnostics", "content": bundle},
        timeout=30,
    )
    resp.raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send scoring box diagnostics to vendor support")
    parser.add_argument("--piste", type=int, required=True)
    parser.add_argument("--ticket", required=True)
    parser.add_argument("--print", dest="print_only", action="store_true")
    args = parser.parse_args(argv)
    bundle = build_bundle(args.piste)
    if args.print_only:
        print(json.dumps(bundle, indent=2))
        return 0
    submit(args.ticket, bundle)
    print(f"diagnostics attached to ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
