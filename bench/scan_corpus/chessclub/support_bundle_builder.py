"""Builds a support bundle for the volunteer maintaining the club's pairing server.

Environment settings are included by name only; values are redacted so the
bundle can be attached to a public issue tracker.
"""
from __future__ import annotations

import io
import json
import os
import platform
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import requests

PUBLIC_KEYS = {"DEPLOY_ENV", "APP_VERSION", "TZ", "PAIRING_ENGINE"}


def describe_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    environ = os.environ if environ is None else environ
    described = {}
    for key in sorted(environ):
        if not key.startswith(("CHESSCLUB_", "PAIRING_")) and key not in PUBLIC_KEYS:
            continue
        described[key] = environ[key] if key in PUBLIC_KEYS else "<set, redacted>"
    return described


def collect(app_root: Path) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "system.json",
            json.dumps(
                {
                    "generated_at": datetime.now(timezone.utc).isoformat(),
                    "python": platform.python_version(),
                    "platform": platform.platform(terse=True),
                    "environment": describe_environment(),
                },
                indent=2,
            ),
        )
        log_file = app_root / "logs" / "pairing.log"
        if log_file.exists():
            lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines(True)
            zf.writestr("pairing.log", "".join(lines[-500:]))
    return buf.getvalue()


def upload(bundle: bytes, tracker_url: str, tracker_token: str, title: str) -> str:
    resp = requests.post(
        f"{tracker_url.rstrip('/')}/api/issues",
        headers={"Authorization": f"Bearer {tracker_token}"},
        data={"title": title},
        files={"bundle": ("support-bundle.zip", bundle, "application/zip")},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["url"]


if __name__ == "__main__":
    root = Path(os.environ.get("CHESSCLUB_ROOT", "/srv/chessclub"))
    url = upload(collect(root), os.environ["TRACKER_URL"], os.environ["TRACKER_TOKEN"],
                 "Pairing server support bundle")
    print(url)
