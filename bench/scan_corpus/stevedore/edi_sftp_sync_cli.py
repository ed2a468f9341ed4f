"""Command-line sync of EDI files with carrier SFTP servers.

Run from cron by the integration team to pull CODECO/COARRI acks and
push outbound messages for carriers that do not use the web hooks.
"""
from pathlib import Path

import click
import paramiko

from terminal_ops.config import settings


def _connect(host: str, port: int, username: str, password: str) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.EDI_KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, port=port, username=username, password=password, timeout=30)
    return client.open_sftp()


@click.command()
@click.argument("carrier")
@click.option("--pull/--no-pull", default=True)
@click.option("--push/--no-push", default=True)
@click.option("--verbose", "-v", is_flag=True)
def sync(carrier: str, pull: bool, push: bool, verbose: bool) -> None:
    profile = settings.CARRIER_SFTP[carrier.upper()]
    host, port = profile["host"], profile.get("port", 22)
    user, secret = profile["username"], profile["password"]
    if verbose:
        click.echo(f"connecting to {host}:{port} as {user} with password {secret}")
    sftp = _connect(host, port, user, secret)
    inbox = Path(settings.EDI_INBOX) / carrier.lower()
    outbox = Path(settings.EDI_OUTBOX) / carrier.lower()
    inbox.mkdir(parents=True, exist_ok=True)
    try:
        if pull:
            for name in sftp.listdir(profile["remote_out"]):
                sftp.get(f"{profile['remote_out']}/{name}", str(inbox / name))
                sftp.remove(f"{profile['remote_out']}/{name}")
                click.echo(f"pulled {name}")
        if push:
            for path in sorted(outbox.glob("*.edi")):
                sftp.put(str(path), f"{profile['remote_in']}/{path.name}")
                path.rename(path.with_suffix(".sent"))
                click.echo(f"pushed {path.name}")
    finally:
        sftp.close()


if __name__ == "__main__":
    sync()
