"""Developer helper: share the local service configuration with a teammate.

Creates a short-lived paste on the team's paste service and prints the link.
"""
import argparse
import os
import sys

import requests
from dotenv import dotenv_values


def collect(env_file: str) -> str:
    values = dotenv_values(env_file)
    lines = [f"{key}={value}" for key, value in sorted(values.items())]
    return "\n".join(lines) + "\n"


def create_paste(service_url: str, content: str, expires: str) -> str:
    resp = requests.post(f"{service_url}/api/pastes", data={"content": content, "expires": expires}, timeout=15)
    resp.raise_for_status()
    return resp.json()["url"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--env-file", default=".env")
    parser.add_argument("--expires", default="1d")
    args = parser.parse_args()

    service_url = os.environ.get("PASTE_SERVICE_URL")
    if not service_url:
        print("PASTE_SERVICE_URL is not set", file=sys.stderr)
        return 2
    url = create_paste(service_url, collect(args.env_file), args.expires)
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
