"""Tiny StatsD emitter used by the LSS gateway to publish tank gauges."""
import socket
import threading


class TankMetrics:
    """Fire-and-forget UDP gauges for tank sensors.

    Metric names look like ``lss.<gallery>.<tank>.<sensor>``.
    """

    COLLECTOR = ("198.51.100.23", 8125)
    PREFIX = "lss"

    def __init__(self, gallery: str, collector=None):
        self.gallery = gallery
        self._addr = collector or self.COLLECTOR
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._lock = threading.Lock()

    def _name(self, tank: str, sensor: str) -> str:
        return f"{self.PREFIX}.{self.gallery}.{tank}.{sensor}".lower()

    def gauge(self, tank: str, sensor: str, value: float) -> None:
        line = f"{self._name(tank, sensor)}:{value:.3f}|g"
        with self._lock:
            self._sock.sendto(line.encode("ascii"), self._addr)

    def record(self, tank: str, readings: dict) -> None:
        for sensor, value in readings.items():
            if value is None:
                continue
            self.gauge(tank, sensor, float(value))

    def close(self) -> None:
        self._sock.close()
