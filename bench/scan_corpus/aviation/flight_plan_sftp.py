"""Upload of ATC flight plans (ICAO FPL) to the flight planning provider's SFTP drop."""
import io
import os
from dataclasses import dataclass

import paramiko


@dataclass(frozen=True)
class SftpTarget:
    host: str
    port: int
    username: str
    key_path: str
    known_hosts: str
    remote_dir: str

    @classmethod
    def from_env(cls) -> "SftpTarget":
        return cls(
            host=os.environ["FPL_SFTP_HOST"],
            port=int(os.environ.get("FPL_SFTP_PORT", "22")),
            username=os.environ["FPL_SFTP_USER"],
            key_path=os.environ["FPL_SFTP_KEY"],
            known_hosts=os.environ.get("FPL_SFTP_KNOWN_HOSTS", "/etc/flightops/known_hosts"),
            remote_dir=os.environ.get("FPL_SFTP_DIR", "/inbound/fpl"),
        )


def _connect(target: SftpTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(target.known_hosts)
    # the provider's host key is pinned in known_hosts by the platform team
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        key_filename=target.key_path,
        look_for_keys=False,
        allow_agent=False,
        timeout=15,
    )
    return client


def upload_fpl(target: SftpTarget, callsign: str, dof: str, fpl_text: str) -> str:
    if not (callsign.isalnum() and dof.isdigit() and len(dof) == 6):
        raise ValueError("callsign must be alphanumeric and DOF in YYMMDD")
    remote_name = f"{target.remote_dir}/{callsign.upper()}_{dof}.fpl"
    client = _connect(target)
    try:
        with client.open_sftp() as sftp:
            sftp.putfo(io.BytesIO(fpl_text.encode("ascii")), remote_name)
    finally:
        client.close()
    return remote_name
