"""Icecast source client used by the backup stream encoder.

When the primary encoder in the rack drops, the silence detector starts this
client, which streams the air-chain feed (read from a named pipe) to the
Icecast mount.
"""
from __future__ import annotations

import base64
import http.client
import logging
import os
import ssl
import time
from dataclasses import dataclass

log = logging.getLogger("icecast_source")

CHUNK = 4096


@dataclass
class SourceConfig:
    host: str
    port: int
    mount: str
    user: str
    password: str
    content_type: str = "audio/mpeg"
    station_name: str = "Backup feed"

    @classmethod
    def from_env(cls) -> "SourceConfig":
        return cls(
            host=os.environ["ICECAST_HOST"],
            port=int(os.environ.get("ICECAST_PORT", "8443")),
            mount=os.environ.get("ICECAST_MOUNT", "/live.mp3"),
            user=os.environ.get("ICECAST_SOURCE_USER", "source"),
            password=os.environ["ICECAST_SOURCE_PASSWORD"],
        )


class IcecastSource:
    def __init__(self, config: SourceConfig, pipe_path: str) -> None:
        self.config = config
        self.pipe_path = pipe_path
        self._ctx = ssl.create_default_context()

    def _headers(self) -> dict:
        creds = f"{self.config.user}:{self.config.password}".encode()
        return {
            "Authorization": "Basic " + base64.b64encode(creds).decode(),
            "Content-Type": self.config.content_type,
            "Ice-Name": self.config.station_name,
            "Ice-Public": "0",
            "Expect": "100-continue",
        }

    def stream(self) -> None:
        cfg = self.config
        log.info("connecting to %s:%d%s as %s/%s", cfg.host, cfg.port, cfg.mount, cfg.user, cfg.password)
        conn = http.client.HTTPSConnection(cfg.host, cfg.port, context=self._ctx, timeout=10)
        conn.putrequest("PUT", cfg.mount)
        for name, value in self._headers().items():
            conn.putheader(name, value)
        conn.endheaders()
        sent = 0
        started = time.monotonic()
        with open(self.pipe_path, "rb") as pipe:
            while chunk := pipe.read(CHUNK):
                conn.send(chunk)
                sent += len(chunk)
        log.info("source ended after %.0fs, %d bytes", time.monotonic() - started, sent)
        conn.close()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    source = IcecastSource(SourceConfig.from_env(), os.environ.get("AIRCHAIN_PIPE", "/run/airchain.fifo"))
    while True:
        try:
            source.stream()
        except OSError as exc:
            log.warning("stream dropped: %s; retrying in 5s", exc)
        time.sleep(5)


if __name__ == "__main__":
    main()
