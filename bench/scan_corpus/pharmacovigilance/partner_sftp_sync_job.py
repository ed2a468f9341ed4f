"""Nightly pull of reconciliation files from licensing partners' SFTP servers."""
from __future__ import annotations

import logging
import os
import stat
import tomllib
from pathlib import Path

import paramiko

log = logging.getLogger("pv.partner_sync")


def load_partner(partner_code: str, config_file: Path) -> dict:
    with config_file.open("rb") as fh:
        partners = tomllib.load(fh)["partners"]
    entry = partners[partner_code]
    return {
        "hostname": entry["host"],
        "port": entry.get("port", 22),
        "username": entry["user"],
        "password": os.environ[entry["password_env"]],
        "remote_dir": entry.get("remote_dir", "/outbound/pv"),
    }


class PartnerSync:
    def __init__(self, partner_code: str, settings: dict, inbox: Path) -> None:
        self.partner_code = partner_code
        self.settings = settings
        self.inbox = inbox / partner_code

    def _connect(self) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
        conn_opts = {k: v for k, v in self.settings.items() if k != "remote_dir"}
        log.info("connecting to partner %s with %s", self.partner_code, conn_opts)
        ssh = paramiko.SSHClient()
        ssh.load_system_host_keys()
        ssh.connect(**conn_opts, look_for_keys=False, allow_agent=False, timeout=30)
        return ssh, ssh.open_sftp()

    def run(self) -> list[str]:
        self.inbox.mkdir(parents=True, exist_ok=True)
        fetched: list[str] = []
        ssh, sftp = self._connect()
        try:
            remote_dir = self.settings["remote_dir"]
            for entry in sftp.listdir_attr(remote_dir):
                if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".csv"):
                    continue
                local = self.inbox / Path(entry.filename).name
                if local.exists():
                    continue
                sftp.get(f"{remote_dir}/{entry.filename}", str(local))
                fetched.append(entry.filename)
        finally:
            sftp.close()
            ssh.close()
        log.info("partner %s: %d new reconciliation files", self.partner_code, len(fetched))
        return fetched


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    code = sys.argv[1]
    settings = load_partner(code, Path("/etc/pv/partners.toml"))
    PartnerSync(code, settings, Path("/srv/pv/partner-inbox")).run()
