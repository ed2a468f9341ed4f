"""Builds a diagnostics bundle when the nightly federation rating sync fails.

The bundle is attached to a ticket in the club's support desk so the
volunteer who maintains the sync can see what went wrong.
"""
from __future__ import annotations

import io
import json
import logging
import os
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("ratings.diagnostics")


class SyncDiagnostics:
    def __init__(self, app_root: Path, helpdesk_url: str, helpdesk_token: str):
        self._root = app_root
        self._helpdesk_url = helpdesk_url.rstrip("/")
        self._helpdesk_token = helpdesk_token

    def _recent_log(self, lines: int = 400) -> str:
        log_file = self._root / "logs" / "rating_sync.log"
        if not log_file.exists():
            return ""
        return "".join(log_file.read_text(encoding="utf-8", errors="replace").splitlines(True)[-lines:])

    def _deployment_config(self) -> str:
        return (self._root / ".env").read_text(encoding="utf-8")

    def _last_run(self) -> dict:
        state = self._root / "state" / "last_sync.json"
        return json.loads(state.read_text()) if state.exists() else {}

    def build_bundle(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("rating_sync.log", self._recent_log())
            zf.writestr("last_run.json", json.dumps(self._last_run(), indent=2))
            zf.writestr("deployment.env", self._deployment_config())
        return buf.getvalue()

    def open_ticket(self, error: Exception) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        resp = requests.post(
            f"{self._helpdesk_url}/api/tickets",
            headers={"Authorization": f"Token {self._helpdesk_token}"},
            data={
                "subject": f"Rating sync failed: {type(error).__name__}",
                "body": str(error),
                "queue": "ratings",
            },
            files={"attachment": (f"sync-diagnostics-{stamp}.zip", self.build_bundle(), "application/zip")},
            timeout=30,
        )
        resp.raise_for_status()
        ticket = resp.json()["id"]
        log.info("opened helpdesk ticket %s for failed rating sync", ticket)
        return str(ticket)


def report_failure(error: Exception) -> str:
    diagnostics = SyncDiagnostics(
        app_root=Path(os.environ.get("CHESSCLUB_ROOT", "/srv/chessclub")),
        helpdesk_url=os.environ["HELPDESK_URL"],
        helpdesk_token=os.environ["HELPDESK_TOKEN"],
    )
    return diagnostics.open_ticket(error)
