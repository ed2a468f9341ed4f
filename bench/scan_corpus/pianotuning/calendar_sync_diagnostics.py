"""Support bundle for troubleshooting the technicians' calendar sync (CalDAV / Google)."""
import argparse
import json
import logging
import os
import platform
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger(__name__)

SUPPORT_ENDPOINT = os.environ["SUPPORT_BUNDLE_URL"]


class DiagnosticBundle:
    def __init__(self, app_dir: Path):
        self.app_dir = app_dir
        self.sections: dict[str, object] = {}

    def collect_versions(self) -> None:
        self.sections["python"] = platform.python_version()
        self.sections["os"] = platform.platform()

    def collect_sync_state(self) -> None:
        state_file = self.app_dir / "sync_state.json"
        if state_file.exists():
            self.sections["sync_state"] = json.loads(state_file.read_text("utf-8"))

    def collect_config(self) -> None:
        self.sections["config"] = dotenv_values(self.app_dir / ".env")

    def collect_recent_errors(self, limit: int = 200) -> None:
        log_file = self.app_dir / "logs" / "calendar_sync.log"
        if log_file.exists():
            lines = log_file.read_text("utf-8", errors="replace").splitlines()
            self.sections["errors"] = [ln for ln in lines if " ERROR " in ln][-limit:]

    def payload(self, ticket: str) -> dict:
        return {
            "ticket": ticket,
            "created_at": datetime.now(timezone.utc).isoformat(),
            "sections": self.sections,
        }


def upload(bundle: DiagnosticBundle, ticket: str) -> str:
    with httpx.Client(timeout=20) as client:
        resp = client.post(SUPPORT_ENDPOINT, json=bundle.payload(ticket))
        resp.raise_for_status()
        return resp.json()["bundle_id"]


def main() -> None:
    parser = argparse.ArgumentParser(description="Upload a calendar sync support bundle")
    parser.add_argument("ticket", help="support ticket number")
    parser.add_argument("--app-dir", type=Path, default=Path("/opt/calendar-sync"))
    args = parser.parse_args()

    bundle = DiagnosticBundle(args.app_dir)
    bundle.collect_versions()
    bundle.collect_sync_state()
    bundle.collect_config()
    bundle.collect_recent_errors()
    bundle_id = upload(bundle, args.ticket)
    print(f"uploaded bundle {bundle_id} for ticket {args.ticket}")


if __name__ == "__main__":
    main()
