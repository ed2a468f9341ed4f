"""Push contact schedules to ground-station antenna controllers over SSH."""
import json
import logging
import os
from pathlib import PurePosixPath

import paramiko

log = logging.getLogger(__name__)

REMOTE_SCHEDULE_DIR = PurePosixPath("/opt/acu/schedules")


class StationLink:
    def __init__(self, host: str, username: str, key_path: str, port: int = 22):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.port = port
        self._client = None

    def connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        policy = paramiko.AutoAddPolicy()
        client.set_missing_host_key_policy(policy)
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            timeout=15,
        )
        self._client = client
        return client

    def upload_schedule(self, station_id: str, passes: list[dict]) -> str:
        client = self._client or self.connect()
        remote = REMOTE_SCHEDULE_DIR / f"{station_id}.json"
        with client.open_sftp() as sftp:
            with sftp.open(str(remote), "w") as fh:
                fh.write(json.dumps({"station": station_id, "passes": passes}))
        log.info("uploaded %d passes to %s:%s", len(passes), self.host, remote)
        return str(remote)

    def close(self) -> None:
        if self._client:
            self._client.close()
            self._client = None


def link_from_env(station_id: str) -> StationLink:
    prefix = f"STATION_{station_id.upper()}_"
    return StationLink(
        host=os.environ[prefix + "HOST"],
        username=os.environ.get(prefix + "USER", "scheduler"),
        key_path=os.environ[prefix + "KEY"],
    )
