"""Polls holding registers from Modbus TCP devices with jittered backoff on failure."""
import logging
import random
import time

from pymodbus.client import ModbusTcpClient

log = logging.getLogger(__name__)

BASE_BACKOFF = 0.5
MAX_BACKOFF = 30.0


def _backoff(attempt: int) -> float:
    ceiling = min(MAX_BACKOFF, BASE_BACKOFF * (2 ** attempt))
    return random.uniform(0, ceiling)


def read_registers(host: str, address: int, count: int, unit: int = 1, retries: int = 5) -> list[int]:
    for attempt in range(retries):
        client = ModbusTcpClient(host, port=502, timeout=3)
        try:
            if client.connect():
                rr = client.read_holding_registers(address, count=count, slave=unit)
                if not rr.isError():
                    return list(rr.registers)
        finally:
            client.close()
        delay = _backoff(attempt)
        log.warning("modbus read from %s failed, retrying in %.1fs", host, delay)
        time.sleep(delay)
    raise ConnectionError(f"no response from {host} after {retries} attempts")
