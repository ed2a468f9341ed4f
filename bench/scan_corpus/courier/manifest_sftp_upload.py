"""Upload departure manifests to the airline handling agent's SFTP server."""
import logging
import os
from pathlib import Path

import click
import paramiko

log = logging.getLogger("manifest_upload")


def connect(host: str, port: int, username: str, key_file: str) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        hostname=host,
        port=port,
        username=username,
        key_filename=key_file,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client.open_sftp()


@click.command()
@click.argument("manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--remote-dir", default="inbound/manifests")
def upload(manifest: Path, remote_dir: str) -> None:
    """Push a single manifest file and verify its size on the remote side."""
    sftp = connect(
        host=os.environ["HANDLING_AGENT_SFTP_HOST"],
        port=int(os.environ.get("HANDLING_AGENT_SFTP_PORT", "22")),
        username=os.environ["HANDLING_AGENT_SFTP_USER"],
        key_file=os.environ["HANDLING_AGENT_SFTP_KEY"],
    )
    try:
        remote_path = f"{remote_dir}/{manifest.name}"
        sftp.put(str(manifest), remote_path + ".part")
        sftp.rename(remote_path + ".part", remote_path)
        remote_size = sftp.stat(remote_path).st_size
        if remote_size != manifest.stat().st_size:
            raise click.ClickException(f"size mismatch for {remote_path}")
        log.info("uploaded %s (%d bytes)", remote_path, remote_size)
    finally:
        sftp.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    upload()
