"""Uploads tour passenger lists and pick-up sheets to the coach operator's SFTP drop."""
import io
import logging
import os
import posixpath
from dataclasses import dataclass

import paramiko

log = logging.getLogger(__name__)


@dataclass
class OperatorEndpoint:
    host: str
    username: str
    key_path: str
    remote_dir: str = "/incoming/nyc"
    port: int = 22


class CoachOperatorUploader:
    host_key_policy = paramiko.WarningPolicy
    connect_timeout = 20

    def __init__(self, endpoint: OperatorEndpoint):
        self.endpoint = endpoint
        self._client: paramiko.SSHClient | None = None

    def __enter__(self):
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.endpoint.host,
            port=self.endpoint.port,
            username=self.endpoint.username,
            key_filename=self.endpoint.key_path,
            timeout=self.connect_timeout,
            allow_agent=False,
            look_for_keys=False,
        )
        self._client = client
        return self

    def __exit__(self, *exc):
        if self._client is not None:
            self._client.close()

    def put_text(self, name: str, text: str) -> str:
        remote = posixpath.join(self.endpoint.remote_dir, posixpath.basename(name))
        with self._client.open_sftp() as sftp:
            sftp.putfo(io.BytesIO(text.encode("utf-8")), remote)
        log.info("Uploaded %s to %s", remote, self.endpoint.host)
        return remote


def send_pickup_sheet(tour_code: str, rows: list[tuple[str, str, str]]) -> str:
    endpoint = OperatorEndpoint(
        host=os.environ["COACH_SFTP_HOST"],
        username=os.environ["COACH_SFTP_USER"],
        key_path=os.environ["COACH_SFTP_KEY"],
    )
    body = "stop,time,passengers\n" + "\n".join(",".join(r) for r in rows) + "\n"
    with CoachOperatorUploader(endpoint) as uploader:
        return uploader.put_text(f"{tour_code}-pickups.csv", body)
