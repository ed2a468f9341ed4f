#!/usr/bin/env python3
"""Pull issued drawings from the architect's SFTP drop into the project share.

Usage: drawing_sftp_sync.py --host sftp.architect.example --project P2317
"""
import os
import stat
from pathlib import Path

import click
import paramiko


def _connect(host: str, port: int, username: str, key_file: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, port=port, username=username, key_filename=key_file, timeout=30)
    return client


@click.command()
@click.option("--host", required=True)
@click.option("--port", default=22, show_default=True)
@click.option("--user", "username", default=lambda: os.environ.get("DRAWINGS_SFTP_USER", "drawings"))
@click.option("--key-file", default=lambda: os.environ.get("DRAWINGS_SFTP_KEY", "~/.ssh/id_ed25519"))
@click.option("--project", required=True, help="Project number, e.g. P2317")
@click.option("--dest", type=click.Path(file_okay=False), default="/srv/projects")
def sync(host, port, username, key_file, project, dest):
    local_dir = Path(dest) / project / "01_Incoming" / "Architect"
    local_dir.mkdir(parents=True, exist_ok=True)

    client = _connect(host, port, username, os.path.expanduser(key_file))
    try:
        sftp = client.open_sftp()
        remote_dir = f"/outgoing/{project}"
        fetched = 0
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode):
                continue
            if not entry.filename.lower().endswith((".pdf", ".dwg", ".ifc")):
                continue
            target = local_dir / Path(entry.filename).name
            if target.exists() and target.stat().st_size == entry.st_size:
                continue
            sftp.get(f"{remote_dir}/{entry.filename}", str(target))
            fetched += 1
        click.echo(f"{fetched} new file(s) copied to {local_dir}")
    finally:
        client.close()


if __name__ == "__main__":
    sync()
