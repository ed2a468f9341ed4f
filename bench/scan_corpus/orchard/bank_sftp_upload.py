"""Uploads the approved grower payment file to the bank's SFTP drop.

Finance approves a pool run in the back office; this job then pushes the
bank-format file and waits for the acknowledgement file to appear.
"""
import logging
import os
import posixpath
import time
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("payments.sftp")


@dataclass
class BankEndpoint:
    host: str
    port: int
    username: str
    inbound_dir: str
    ack_dir: str

    @classmethod
    def from_env(cls) -> "BankEndpoint":
        return cls(
            host=os.environ["BANK_SFTP_HOST"],
            port=int(os.environ.get("BANK_SFTP_PORT", "22")),
            username=os.environ["BANK_SFTP_USER"],
            inbound_dir=os.environ.get("BANK_SFTP_INBOUND", "/inbound"),
            ack_dir=os.environ.get("BANK_SFTP_ACK", "/ack"),
        )


def open_client(endpoint: BankEndpoint) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(
        os.environ["BANK_SFTP_KEY_FILE"], password=os.environ.get("BANK_SFTP_KEY_PASSPHRASE")
    )
    client.connect(
        endpoint.host,
        port=endpoint.port,
        username=endpoint.username,
        pkey=pkey,
        look_for_keys=False,
        allow_agent=False,
        timeout=20,
    )
    return client


def upload_payment_file(local_file: Path, endpoint: BankEndpoint, wait_ack_s: int = 300) -> bool:
    client = open_client(endpoint)
    try:
        sftp = client.open_sftp()
        remote = posixpath.join(endpoint.inbound_dir, local_file.name)
        sftp.put(str(local_file), remote + ".part")
        sftp.rename(remote + ".part", remote)
        log.info("uploaded %s (%d bytes)", local_file.name, local_file.stat().st_size)

        ack_name = local_file.stem + ".ack"
        deadline = time.monotonic() + wait_ack_s
        while time.monotonic() < deadline:
            if ack_name in sftp.listdir(endpoint.ack_dir):
                log.info("bank acknowledged %s", local_file.name)
                return True
            time.sleep(15)
        log.warning("no acknowledgement for %s after %ds", local_file.name, wait_ack_s)
        return False
    finally:
        client.close()


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    ok = upload_payment_file(Path(sys.argv[1]), BankEndpoint.from_env())
    sys.exit(0 if ok else 1)
