"""Build a diagnostic bundle for charter-quote incidents and attach it to a helpdesk ticket."""
from __future__ import annotations

import io
import json
import os
import tarfile
from pathlib import Path

import requests
from dotenv import dotenv_values

SERVICE_ROOT = Path(os.environ.get("QUOTE_ENGINE_ROOT", "/opt/heliops/quote-engine"))


def settings_overview(env_file: Path = SERVICE_ROOT / ".env") -> dict[str, str]:
    values = dotenv_values(env_file) if env_file.exists() else {}
    return {key: "<set>" if value else "<empty>" for key, value in values.items()}


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))


def build_bundle(quote_ids: list[str]) -> bytes:
    log_path = SERVICE_ROOT / "logs" / "quotes.jsonl"
    wanted = set(quote_ids)
    lines = []
    if log_path.exists():
        for line in log_path.read_text().splitlines():
            try:
                if json.loads(line).get("quote_id") in wanted:
                    lines.append(line)
            except json.JSONDecodeError:
                continue
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        _add_bytes(tar, "settings_overview.json", json.dumps(settings_overview(), indent=2).encode())
        _add_bytes(tar, "quote_events.jsonl", "\n".join(lines).encode())
    return buf.getvalue()


def open_ticket(summary: str, quote_ids: list[str]) -> str:
    resp = requests.post(
        os.environ["HELPDESK_TICKETS_URL"],
        data={"summary": summary, "component": "charter-quote"},
        files={"bundle": ("diagnostics.tar.gz", build_bundle(quote_ids), "application/gzip")},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["id"]


if __name__ == "__main__":
    print(open_ticket("Night surcharge missing on return leg", ["Q-20931", "Q-20932"]))
