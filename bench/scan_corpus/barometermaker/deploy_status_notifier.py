"""Post a deployment summary to the team chat after each release.

Run by the CI job at the end of the deploy stage for the workshop services
(ticketing, calibration ingest, collector portal).
"""
import argparse
import os
import subprocess
from datetime import datetime, timezone

import httpx

CHAT_WEBHOOK_URL = os.environ["TEAM_CHAT_WEBHOOK_URL"]

SETTINGS_TO_REPORT = (
    "APP_ENV",
    "DATABASE_URL",
    "PORTAL_BASE_URL",
    "SMTP_HOST",
    "SMTP_PASSWORD",
)


def current_commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False)
    return out.stdout.strip() or "unknown"


def settings_snapshot(keys=SETTINGS_TO_REPORT) -> dict:
    return {k: os.environ.get(k, "<unset>") for k in keys}


def build_message(service: str, outcome: str) -> dict:
    snapshot = settings_snapshot()
    lines = [f"*{service}* deploy {outcome} at {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
             f"commit `{current_commit()}`"]
    lines += [f"• {k} = `{v}`" for k, v in snapshot.items()]
    return {"text": "\n".join(lines)}


def notify(service: str, outcome: str) -> int:
    message = build_message(service, outcome)
    with httpx.Client(timeout=10) as client:
        resp = client.post(CHAT_WEBHOOK_URL, json=message)
    return resp.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("service")
    parser.add_argument("--outcome", choices=["succeeded", "failed", "rolled back"], default="succeeded")
    args = parser.parse_args()
    status = notify(args.service, args.outcome)
    if status >= 300:
        raise SystemExit(f"chat webhook returned {status}")


if __name__ == "__main__":
    main()
