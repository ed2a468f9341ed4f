"""Environment-driven settings for the export cable DTS interrogator link."""

from __future__ import annotations

import socket
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class InterrogatorSettings(BaseSettings):
    """All addressing comes from the deployment environment (DTS_ prefix)."""

    model_config = SettingsConfigDict(env_prefix="DTS_", frozen=True)

    host: str
    port: int = Field(5025, ge=1, le=65535)
    timeout_s: float = 8.0
    channels: tuple[int, ...] = (1, 2)


@lru_cache
def settings() -> InterrogatorSettings:
    return InterrogatorSettings()


class InterrogatorLink:
    """SCPI-over-TCP link to the fibre interrogator in the onshore substation."""

    def __init__(self, cfg: InterrogatorSettings | None = None) -> None:
        self.cfg = cfg or settings()
        self._sock: socket.socket | None = None

    def __enter__(self) -> "InterrogatorLink":
        self._sock = socket.create_connection(
            (self.cfg.host, self.cfg.port), timeout=self.cfg.timeout_s
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._sock is not None:
            self._sock.close()

    def ask(self, command: str) -> str:
        assert self._sock is not None
        self._sock.sendall(command.encode("ascii") + b"\n")
        return self._sock.makefile("r", encoding="ascii").readline().strip()


def max_temperatures() -> dict[int, float]:
    with InterrogatorLink() as link:
        return {
            ch: float(link.ask(f"TRACE:CHAN{ch}:MAX?"))
            for ch in link.cfg.channels
        }
