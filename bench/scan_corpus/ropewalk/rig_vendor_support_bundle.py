"""Uploads a diagnostics bundle to the test rig vendor's support portal.

When the rig's export of results into our QA database stalls, the vendor's
support desk asks for a bundle with software versions, recent export logs and
the exporter's connection settings, attached to their support ticket.
"""
import asyncio
import io
import json
import os
import zipfile
from importlib.metadata import version
from pathlib import Path

import click
import httpx

SUPPORT_UPLOAD_URL = "https://support.tensitech-instruments.com/api/tickets/{ticket}/attachments"
LOG_DIR = Path("/var/log/rig-export")


def exporter_settings() -> dict:
    return {
        "qa_database": os.environ.get("QA_DATABASE_URL"),
        "export_interval_s": os.environ.get("EXPORT_INTERVAL", "30"),
        "rig_serial": os.environ.get("RIG_SERIAL"),
    }


def versions() -> dict:
    return {pkg: version(pkg) for pkg in ("rig-exporter", "psycopg", "pyserial")}


def build_bundle() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("settings.json", json.dumps(exporter_settings(), indent=2))
        zf.writestr("versions.json", json.dumps(versions(), indent=2))
        for log_file in sorted(LOG_DIR.glob("export-*.log"))[-5:]:
            zf.write(log_file, arcname=f"logs/{log_file.name}")
    return buf.getvalue()


async def upload_bundle(ticket: str, support_token: str) -> None:
    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(
            SUPPORT_UPLOAD_URL.format(ticket=ticket),
            files={"file": ("diagnostics.zip", build_bundle(), "application/zip")},
            headers={"Authorization": f"Bearer {support_token}"},
        )
        resp.raise_for_status()


@click.command()
@click.argument("ticket")
@click.option("--token", envvar="TENSITECH_SUPPORT_TOKEN", required=True)
def main(ticket: str, token: str) -> None:
    asyncio.run(upload_bundle(ticket, token))
    click.echo(f"Diagnostics attached to ticket {ticket}")


if __name__ == "__main__":
    main()
