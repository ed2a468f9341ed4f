"""Builds and uploads a support bundle for the roaster manufacturer.

When the roaster's burner controller throws a fault, the manufacturer's
service desk asks for the machine configuration, the last roast logs and
the controller service's own settings. This CLI zips them up and uploads
the archive to the ticket on the vendor's support portal.
"""
from __future__ import annotations

import argparse
import io
import logging
import os
import zipfile
from pathlib import Path

import requests

log = logging.getLogger("roaster.support")

SERVICE_ROOT = Path(os.environ.get("ROASTER_SERVICE_ROOT", "/opt/roaster-bridge"))
BUNDLE_FILES = (
    "config/machine.yaml",
    "config/burner_curve.csv",
    ".env",
    "VERSION",
)
RECENT_LOGS = 5


def collect(root: Path = SERVICE_ROOT) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for relative in BUNDLE_FILES:
            path = root / relative
            if path.is_file():
                bundle.write(path, arcname=relative)
        logs = sorted((root / "logs").glob("*.alog"), key=lambda p: p.stat().st_mtime)
        for path in logs[-RECENT_LOGS:]:
            bundle.write(path, arcname=f"logs/{path.name}")
    return buffer.getvalue()


def upload(ticket: str, archive: bytes, portal_url: str, portal_token: str) -> str:
    response = requests.post(
        f"{portal_url.rstrip('/')}/api/tickets/{ticket}/attachments",
        headers={"Authorization": f"Token {portal_token}"},
        files={"file": (f"support-{ticket}.zip", archive, "application/zip")},
        timeout=60,
    )
    response.raise_for_status()
    return response.json()["attachment_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket", help="ticket number from the vendor's service desk")
    parser.add_argument("--dry-run", action="store_true", help="write the zip locally instead")
    args = parser.parse_args(argv)

    archive = collect()
    if args.dry_run:
        Path(f"support-{args.ticket}.zip").write_bytes(archive)
        log.info("wrote bundle of %d bytes", len(archive))
        return 0

    attachment = upload(
        args.ticket,
        archive,
        portal_url=os.environ["VENDOR_PORTAL_URL"],
        portal_token=os.environ["VENDOR_PORTAL_TOKEN"],
    )
    log.info("uploaded bundle to ticket %s as attachment %s", args.ticket, attachment)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
