"""Pull CAN-bus logs from the telematics box fitted in each crane cab.

Boxes are reachable over the fleet VPN. A nightly job connects to every
crane on hire, downloads new log segments and marks them as collected.
"""
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, List

import paramiko

log = logging.getLogger(__name__)

_SEGMENT = re.compile(r"^canlog-\d{8}-\d{4}\.bin$")


@dataclass
class BoxTarget:
    crane_id: str
    address: str
    port: int = 22


class TelematicsBoxCollector:
    def __init__(self, key_path: str, dest_root: Path, username: str = "collector") -> None:
        self._key = paramiko.Ed25519Key.from_private_key_file(key_path)
        self._dest_root = dest_root
        self._username = username

    def _connect(self, target: BoxTarget) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect(
            target.address,
            port=target.port,
            username=self._username,
            pkey=self._key,
            timeout=15,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def collect(self, target: BoxTarget) -> List[Path]:
        dest = self._dest_root / target.crane_id
        dest.mkdir(parents=True, exist_ok=True)
        fetched: List[Path] = []
        client = self._connect(target)
        try:
            sftp = client.open_sftp()
            for name in sftp.listdir("/data/canlog"):
                name = PurePosixPath(name).name
                if not _SEGMENT.match(name) or (dest / name).exists():
                    continue
                sftp.get(f"/data/canlog/{name}", str(dest / name))
                sftp.rename(f"/data/canlog/{name}", f"/data/canlog/collected/{name}")
                fetched.append(dest / name)
            sftp.close()
        finally:
            client.close()
        log.info("crane %s: %d new segments", target.crane_id, len(fetched))
        return fetched


def collect_all(targets: Iterable[BoxTarget]) -> int:
    collector = TelematicsBoxCollector(
        key_path=os.environ["TELEMATICS_SSH_KEY"],
        dest_root=Path(os.environ.get("CANLOG_ROOT", "/srv/canlog")),
    )
    total = 0
    for target in targets:
        try:
            total += len(collector.collect(target))
        except (paramiko.SSHException, OSError) as exc:
            log.warning("crane %s unreachable: %s", target.crane_id, exc)
    return total
