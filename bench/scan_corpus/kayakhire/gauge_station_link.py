"""Connects to a river gauge station's telemetry port using deployment settings."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class StationSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GAUGE_STATION_")

    host: str
    port: int = Field(default=4001, ge=1, le=65535)
    timeout: float = 4.0


@dataclass
class TelemetryFrame:
    station: str
    level_mm: int
    battery_mv: int


def _parse(line: bytes) -> TelemetryFrame:
    station, level, battery = line.decode("ascii").strip().split(";")
    return TelemetryFrame(station=station, level_mm=int(level), battery_mv=int(battery))


class StationLink:
    def __init__(self, settings: StationSettings | None = None) -> None:
        self.settings = settings or StationSettings()

    def read_frames(self, count: int = 1) -> list[TelemetryFrame]:
        frames: list[TelemetryFrame] = []
        address = (self.settings.host, self.settings.port)
        with socket.create_connection(address, timeout=self.settings.timeout) as sock:
            sock.sendall(f"READ {count}\r\n".encode("ascii"))
            reader = sock.makefile("rb")
            for _ in range(count):
                line = reader.readline()
                if not line:
                    break
                frames.append(_parse(line))
        return frames

    def battery_low(self, threshold_mv: int = 11500) -> bool:
        frames = self.read_frames(1)
        return bool(frames) and frames[0].battery_mv < threshold_mv
