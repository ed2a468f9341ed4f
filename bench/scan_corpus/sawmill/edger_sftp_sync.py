"""Push optimiser tables to the edger's scanner PC over SFTP.

The edger scanner reads its value tables (price per section and grade) from
a folder on the scanner PC. When the sales team updates prices, this job
regenerates the tables and uploads them.
"""
import os
from pathlib import Path

import paramiko

KNOWN_HOSTS = Path(os.environ.get("SAWLINE_KNOWN_HOSTS", "/etc/sawline/known_hosts"))


def open_sftp(host: str, username: str, key_path: str) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    ssh = paramiko.SSHClient()
    ssh.load_host_keys(str(KNOWN_HOSTS))
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(host, username=username, key_filename=key_path, timeout=10, allow_agent=False, look_for_keys=False)
    return ssh, ssh.open_sftp()


def upload_tables(tables: list[Path], remote_dir: str) -> int:
    ssh, sftp = open_sftp(
        os.environ["EDGER_SCANNER_HOST"],
        os.environ.get("EDGER_SCANNER_USER", "valuetables"),
        os.environ["EDGER_SCANNER_KEY"],
    )
    try:
        for table in tables:
            tmp = f"{remote_dir}/.{table.name}.part"
            sftp.put(str(table), tmp)
            sftp.posix_rename(tmp, f"{remote_dir}/{table.name}")
    finally:
        sftp.close()
        ssh.close()
    return len(tables)
