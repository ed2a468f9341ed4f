"""Nightly job: pull inbound EDI (856 / 214) files from trading partner SFTP servers.

Files are downloaded into ``$EDI_INBOX/<partner>/`` and then removed from the
partner's outbox once the local copy is complete.
"""
import logging
import os
import posixpath
import stat
from pathlib import Path

import paramiko

from .partners import Partner, load_partners

log = logging.getLogger("edi.pull")
INBOX = Path(os.environ.get("EDI_INBOX", "/var/spool/edi/inbound"))
EDI_SUFFIXES = (".edi", ".x12", ".txt")


def _connect(partner: Partner) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(partner.key_file)
    client.connect(
        partner.host,
        port=partner.port,
        username=partner.username,
        pkey=pkey,
        timeout=30,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def pull_partner(partner: Partner) -> int:
    target = INBOX / partner.code
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    with _connect(partner) as client, client.open_sftp() as sftp:
        for entry in sftp.listdir_attr(partner.remote_dir):
            name = Path(entry.filename).name
            if name != entry.filename or name.startswith("."):
                continue
            if not stat.S_ISREG(entry.st_mode) or not name.lower().endswith(EDI_SUFFIXES):
                continue
            remote = posixpath.join(partner.remote_dir, name)
            partial = target / (name + ".part")
            sftp.get(remote, str(partial))
            partial.replace(target / name)
            sftp.remove(remote)
            count += 1
    log.info("pulled %d file(s) from %s", count, partner.code)
    return count


def main() -> None:
    for partner in load_partners():
        try:
            pull_partner(partner)
        except (paramiko.SSHException, OSError):
            log.exception("pull failed for %s", partner.code)


if __name__ == "__main__":
    main()
