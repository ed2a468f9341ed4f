#!/usr/bin/env python3
"""Docker HEALTHCHECK for the API container.

Exits 0 when the local server answers /healthz with status "ok".
"""
import json
import os
import sys
import urllib.request
from urllib.error import URLError

PORT = int(os.environ.get("PORT", "8080"))
URL = f"http://127.0.0.1:{PORT}/healthz"


def main() -> int:
    try:
        with urllib.request.urlopen(URL, timeout=3) as resp:
            body = json.load(resp)
    except (URLError, TimeoutError, ValueError) as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1
    if body.get("status") != "ok":
        print(f"unhealthy: {body}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
