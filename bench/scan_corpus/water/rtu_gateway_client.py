"""Poll remote telemetry units through the regional RTU gateway.

The gateway speaks a small line-based protocol over TLS:

    READ <rtu-id> <register>\\n  ->  OK <value>\\n | ERR <reason>\\n
"""
import logging
import os
import socket
import ssl
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewayConfig:
    host: str
    port: int = 7443
    ca_file: str | None = None
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            host=os.environ["RTU_GATEWAY_HOST"],
            port=int(os.environ.get("RTU_GATEWAY_PORT", "7443")),
            ca_file=os.environ.get("RTU_GATEWAY_CA"),
        )


def _tls_context(cfg: GatewayConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_file)
    # gateway firmware in the north district cannot negotiate anything newer
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class RtuGateway:
    def __init__(self, cfg: GatewayConfig):
        self.cfg = cfg
        self._ctx = _tls_context(cfg)

    def read_register(self, rtu_id: str, register: int) -> float:
        addr = (self.cfg.host, self.cfg.port)
        with socket.create_connection(addr, timeout=self.cfg.timeout) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self.cfg.host) as conn:
                conn.sendall(f"READ {rtu_id} {int(register)}\n".encode("ascii"))
                reply = conn.makefile("r", encoding="ascii").readline().strip()
        status, _, payload = reply.partition(" ")
        if status != "OK":
            log.warning("gateway error for %s/%s: %s", rtu_id, register, payload)
            raise RuntimeError(payload or "gateway error")
        return float(payload)

    def poll(self, points: dict[str, list[int]]) -> dict[tuple[str, int], float]:
        values: dict[tuple[str, int], float] = {}
        for rtu_id, registers in points.items():
            for reg in registers:
                try:
                    values[(rtu_id, reg)] = self.read_register(rtu_id, reg)
                except (OSError, RuntimeError, ValueError) as exc:
                    log.error("poll failed for %s/%s: %s", rtu_id, reg, exc)
        return values
