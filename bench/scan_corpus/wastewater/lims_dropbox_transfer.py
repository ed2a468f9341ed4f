"""Async upload of sampling chain-of-custody manifests to the contract laboratory's SFTP server."""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import asyncssh

log = logging.getLogger("lims.transfer")


@dataclass(frozen=True)
class DropboxConfig:
    host: str
    username: str
    password: str = field(repr=False)
    known_hosts: str = "/etc/lims/known_hosts"
    inbound_dir: str = "/inbound/coc"

    @classmethod
    def from_env(cls) -> "DropboxConfig":
        return cls(
            host=os.environ["LIMS_SFTP_HOST"],
            username=os.environ["LIMS_SFTP_USER"],
            password=os.environ["LIMS_SFTP_PASSWORD"],
        )


class ManifestUploader:
    def __init__(self, config: DropboxConfig, outbox: Path) -> None:
        self.config = config
        self.outbox = outbox

    async def _upload_all(self) -> int:
        manifests = sorted(self.outbox.glob("COC-*.json"))
        if not manifests:
            return 0
        async with asyncssh.connect(
            self.config.host,
            username=self.config.username,
            password=self.config.password,
            known_hosts=self.config.known_hosts,
        ) as conn:
            async with conn.start_sftp_client() as sftp:
                for manifest in manifests:
                    await sftp.put(str(manifest), f"{self.config.inbound_dir}/{manifest.name}")
                    manifest.rename(manifest.with_suffix(".sent"))
        return len(manifests)

    async def run(self) -> int:
        try:
            sent = await self._upload_all()
        except (asyncssh.Error, OSError):
            log.exception("chain-of-custody upload failed with %r", self.config)
            raise
        log.info("sent %d chain-of-custody manifests", sent)
        return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(ManifestUploader(DropboxConfig.from_env(), Path("/srv/lims/outbox")).run())
