# (c) {{ year }} {{ org_name }}
"""SFTP connection settings for the bank drop."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class SftpSettings:
    host: str = "sftp.h2h.firstcascadebank.com"
    port: int = 22
    username: str = "{{ org_short }}-payroll"
    key_path: str = "/run/secrets/payroll_sftp_key"
    remote_dir: str = "/inbound/payroll"
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "SftpSettings":
        env = os.environ
        return cls(
            host=env.get("PAYROLL_SFTP_HOST", cls.host),
            port=int(env.get("PAYROLL_SFTP_PORT", cls.port)),
            username=env.get("PAYROLL_SFTP_USER", cls.username),
            key_path=env.get("PAYROLL_SFTP_KEY", cls.key_path),
            remote_dir=env.get("PAYROLL_SFTP_DIR", cls.remote_dir),
        )
