"""Forward per-connector meter values from the OCPP backend as statsd gauges."""
from __future__ import annotations

import logging
import socket
from typing import Any, Mapping

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "collector": "172.16.8.21",
    "collector_port": 8125,
    "prefix": "chargers",
    "max_packet": 1400,
}


def _metric_name(prefix: str, cp_id: str, connector: int, measurand: str) -> str:
    slug = measurand.replace(".", "_").lower()
    return f"{prefix}.{cp_id.lower()}.c{connector}.{slug}"


class TelemetryForwarder:
    """Batches MeterValues samples into UDP datagrams."""

    def __init__(self, **opts: Any) -> None:
        cfg = {**DEFAULTS, **opts}
        self._dest = (cfg["collector"], cfg["collector_port"])
        self._prefix = cfg["prefix"]
        self._max_packet = cfg["max_packet"]
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._buffer: list[str] = []

    def on_meter_values(self, cp_id: str, payload: Mapping[str, Any]) -> None:
        connector = int(payload.get("connectorId", 0))
        for sample in payload.get("meterValue", []):
            for value in sample.get("sampledValue", []):
                name = _metric_name(self._prefix, cp_id, connector,
                                    value.get("measurand", "Energy.Active.Import.Register"))
                self._append(f"{name}:{float(value['value'])}|g")

    def _append(self, line: str) -> None:
        pending = "\n".join(self._buffer + [line])
        if len(pending.encode()) > self._max_packet:
            self.flush()
        self._buffer.append(line)

    def flush(self) -> None:
        if not self._buffer:
            return
        data = "\n".join(self._buffer).encode()
        try:
            self._sock.sendto(data, self._dest)
        except OSError as exc:
            log.debug("telemetry send failed: %s", exc)
        self._buffer.clear()


forwarder = TelemetryForwarder()
