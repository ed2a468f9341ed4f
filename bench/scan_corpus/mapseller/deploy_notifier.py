"""Post a message to the team chat when a service is deployed."""
import argparse
import os
import socket
from datetime import datetime, timezone

import requests

REPORTED_SETTINGS = ("MAPSELLER_SERVICE", "MAPSELLER_REGION", "MAPSELLER_RELEASE", "GIT_SHA")


def release_info() -> dict[str, str]:
    return {key: os.environ.get(key, "-") for key in REPORTED_SETTINGS}


def build_message(info: dict[str, str], note: str) -> dict:
    fields = [{"type": "mrkdwn", "text": f"*{k}*\n{v}"} for k, v in info.items()]
    return {
        "text": f"Deployed {info['MAPSELLER_SERVICE']} {info['MAPSELLER_RELEASE']}",
        "blocks": [
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f":world_map: *{info['MAPSELLER_SERVICE']}* deployed on "
                            f"`{socket.gethostname()}` at "
                            f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
                },
            },
            {"type": "section", "fields": fields},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": note or "no notes"}]},
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--note", default="", help="release note shown under the message")
    args = parser.parse_args()
    webhook = os.environ.get("SLACK_DEPLOY_WEBHOOK")
    if not webhook:
        print("SLACK_DEPLOY_WEBHOOK not set, skipping notification")
        return 0
    resp = requests.post(webhook, json=build_message(release_info(), args.note), timeout=10)
    resp.raise_for_status()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
