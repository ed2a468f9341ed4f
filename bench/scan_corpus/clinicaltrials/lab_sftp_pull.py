"""Pull result files from central-lab SFTP servers into the local inbox."""
import logging
import re
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

RESULT_NAME = re.compile(r"[A-Za-z0-9_.-]+\.hl7\.sealed")


def open_sftp(host: str, username: str, key_path: str, known_hosts: str, port: int = 22):
    client = paramiko.SSHClient()
    client.load_host_keys(known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        port=port,
        username=username,
        key_filename=key_path,
        allow_agent=False,
        look_for_keys=False,
        timeout=30,
    )
    return client, client.open_sftp()


def pull_results(cfg: dict, inbox: Path) -> list[Path]:
    client, sftp = open_sftp(cfg["host"], cfg["username"], cfg["key_path"], cfg["known_hosts"])
    fetched: list[Path] = []
    try:
        for entry in sftp.listdir_attr(cfg["remote_dir"]):
            if not RESULT_NAME.fullmatch(entry.filename):
                log.warning("skipping unexpected remote file %r", entry.filename)
                continue
            local = inbox / entry.filename
            if local.exists():
                continue
            sftp.get(f"{cfg['remote_dir'].rstrip('/')}/{entry.filename}", str(local))
            fetched.append(local)
    finally:
        sftp.close()
        client.close()
    log.info("pulled %d files from %s", len(fetched), cfg["host"])
    return fetched
