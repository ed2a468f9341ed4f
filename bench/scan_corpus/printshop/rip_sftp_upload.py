"""Uploads imposed PDFs to the RIP server over SFTP.

The RIP server's host key is pinned in RIP_KNOWN_HOSTS (written by config
management); unknown keys abort the transfer.
"""
import os
import posixpath
from pathlib import Path

import paramiko

RIP = {
    "host": os.environ.get("RIP_SFTP_HOST"),
    "user": os.environ.get("RIP_SFTP_USER", "prepress"),
    "key_file": os.environ.get("RIP_SFTP_KEY", "/etc/printshop/rip_ed25519"),
    "known_hosts": os.environ.get("RIP_KNOWN_HOSTS", "/etc/printshop/rip_known_hosts"),
    "inbox": "/jobs/inbox",
}


def open_client(cfg: dict = RIP) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(cfg["known_hosts"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        cfg["host"],
        username=cfg["user"],
        key_filename=cfg["key_file"],
        look_for_keys=False,
        allow_agent=False,
        timeout=15,
    )
    return client


def upload(pdfs: list[Path], cfg: dict = RIP) -> list[str]:
    sent = []
    with open_client(cfg) as client, client.open_sftp() as sftp:
        for pdf in pdfs:
            remote = posixpath.join(cfg["inbox"], pdf.name)
            sftp.put(str(pdf), remote + ".part")
            sftp.posix_rename(remote + ".part", remote)
            sent.append(remote)
    return sent
