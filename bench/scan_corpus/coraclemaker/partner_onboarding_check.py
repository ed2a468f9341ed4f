"""Tell a newly connected booking partner which of our API features are on.

The partner's integration dashboard shows our capabilities (instant
confirmation, waiver links, group discounts).  Only the named feature flags
are read from the environment, and only their on/off state is sent.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import httpx

FEATURE_FLAGS = (
    "FEATURE_INSTANT_CONFIRM",
    "FEATURE_WAIVER_LINKS",
    "FEATURE_GROUP_DISCOUNTS",
    "FEATURE_WEATHER_CANCELLATION",
)
API_VERSION = "2024-05"


def enabled(flag: str) -> bool:
    return os.environ.get(flag, "0").strip().lower() in {"1", "true", "yes", "on"}


def capabilities() -> dict:
    return {
        "api_version": API_VERSION,
        "features": {flag.removeprefix("FEATURE_").lower(): enabled(flag) for flag in FEATURE_FLAGS},
    }


def publish(client: httpx.Client, partner_id: str) -> None:
    resp = client.put(f"/v1/partners/{partner_id}/capabilities", json=capabilities())
    resp.raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("partner_id")
    parser.add_argument("--api", required=True, help="partner integration API base URL")
    parser.add_argument("--token-file", type=Path, required=True)
    args = parser.parse_args(argv)

    token = args.token_file.read_text(encoding="utf-8").strip()
    with httpx.Client(
        base_url=args.api, headers={"Authorization": f"Bearer {token}"}, timeout=15.0
    ) as client:
        publish(client, args.partner_id)
    print(f"published capabilities for {args.partner_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
