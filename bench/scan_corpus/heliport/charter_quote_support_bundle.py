"""Collect a support bundle for the charter-quote service and hand it to the vendor helpdesk."""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import httpx

APP_ROOT = Path(__file__).resolve().parent


class BundleSources:
    """Files that the vendor usually asks for when a quote calculation misbehaves."""

    def __init__(self, root: Path = APP_ROOT) -> None:
        self.root = root

    def recent_log(self, lines: int = 500) -> str:
        path = self.root / "logs" / "quote-engine.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def deployment_settings(self) -> str:
        path = self.root / ".env"
        return path.read_text() if path.exists() else ""

    def rate_tables(self) -> dict:
        path = self.root / "data" / "rate_tables.json"
        return json.loads(path.read_text()) if path.exists() else {}


def build_bundle(sources: BundleSources) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("quote-engine.log", sources.recent_log())
        zf.writestr("settings.env", sources.deployment_settings())
        zf.writestr("rate_tables.json", json.dumps(sources.rate_tables(), indent=2))
    return buf.getvalue()


def submit_ticket(summary: str, desk_url: str | None = None) -> str:
    url = desk_url or os.environ["QUOTE_VENDOR_DESK_URL"]
    bundle = build_bundle(BundleSources())
    resp = httpx.post(
        url,
        data={"summary": summary, "product": "charter-quote"},
        files={"bundle": ("support.zip", bundle, "application/zip")},
        timeout=30.0,
    )
    resp.raise_for_status()
    return resp.json()["ticket_id"]


if __name__ == "__main__":
    print(submit_ticket("Positioning leg priced twice for multi-stop charter"))
