"""Pushes the approved weekly staff rota CSV to the payroll bureau over SFTP."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko


@dataclass
class BureauSftpConfig:
    host: str = field(default_factory=lambda: os.environ["PAYROLL_SFTP_HOST"])
    port: int = 22
    username: str = field(default_factory=lambda: os.environ["PAYROLL_SFTP_USER"])
    key_path: Path = field(default_factory=lambda: Path(os.environ["PAYROLL_SFTP_KEY"]))
    known_hosts: Path = Path("/etc/jumpzone/payroll_known_hosts")
    remote_dir: str = "/inbound/rota"


class PayrollRotaUploader:
    host_key_policy = paramiko.RejectPolicy

    def __init__(self, config: BureauSftpConfig | None = None) -> None:
        self.config = config or BureauSftpConfig()

    def _connect(self) -> paramiko.SSHClient:
        cfg = self.config
        client = paramiko.SSHClient()
        client.load_host_keys(str(cfg.known_hosts))
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            cfg.host,
            port=cfg.port,
            username=cfg.username,
            key_filename=str(cfg.key_path),
            allow_agent=False,
            look_for_keys=False,
            timeout=20,
        )
        return client

    def push(self, rota_csv: Path, week_label: str) -> str:
        remote = f"{self.config.remote_dir}/rota_{week_label}.csv"
        client = self._connect()
        try:
            with client.open_sftp() as sftp:
                sftp.put(str(rota_csv), remote + ".part")
                sftp.posix_rename(remote + ".part", remote)
        finally:
            client.close()
        return remote
