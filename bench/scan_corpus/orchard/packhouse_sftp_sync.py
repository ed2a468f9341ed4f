"""Pulls grading results from the packhouse grader's SFTP export.

The optical grader writes one CSV per lot. This job copies new files into
the cooperative's incoming folder for the grading import.
"""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger("grading.sftp")

PACKHOUSE = {
    "host": os.environ.get("GRADER_SFTP_HOST", "grader.packhouse.orchard-coop.lan"),
    "port": int(os.environ.get("GRADER_SFTP_PORT", "22")),
    "user": os.environ.get("GRADER_SFTP_USER", "grading-export"),
    "key_file": os.environ.get("GRADER_SFTP_KEY", "/etc/orchard/grader_ed25519"),
    "known_hosts": os.environ.get("GRADER_KNOWN_HOSTS", "/etc/orchard/known_hosts"),
    "remote_dir": "/export/lots",
}

INCOMING = Path(os.environ.get("GRADING_INCOMING", "/srv/orchard/grading/incoming"))


def connect(cfg: dict = PACKHOUSE) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(cfg["known_hosts"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        cfg["host"],
        port=cfg["port"],
        username=cfg["user"],
        key_filename=cfg["key_file"],
        look_for_keys=False,
        allow_agent=False,
        timeout=15,
    )
    return client


def already_have(name: str) -> bool:
    return (INCOMING / name).exists() or (INCOMING / "done" / name).exists()


def sync_lots(cfg: dict = PACKHOUSE) -> list[str]:
    INCOMING.mkdir(parents=True, exist_ok=True)
    fetched = []
    client = connect(cfg)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(cfg["remote_dir"]):
            name = posixpath.basename(entry.filename)
            if not name.endswith(".csv") or name != entry.filename or already_have(name):
                continue
            target = INCOMING / name
            sftp.get(posixpath.join(cfg["remote_dir"], name), str(target))
            fetched.append(name)
            log.info("fetched grading lot %s (%d bytes)", name, entry.st_size or 0)
    finally:
        client.close()
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print("\n".join(sync_lots()) or "no new lots")
