"""Prints lap time sheets on the reception receipt printer.

After each session drivers can collect a printed lap sheet. The sheet is
sent as ESC/POS over raw TCP to the receipt printer, whose address is
set per venue in the kiosk configuration.
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field

ESC = b"\x1b"
GS = b"\x1d"


@dataclass(frozen=True)
class PrinterSettings:
    host: str = field(default_factory=lambda: os.environ["KIOSK_PRINTER_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("KIOSK_PRINTER_PORT", "9100")))
    timeout: float = 5.0


@dataclass
class LapSheet:
    driver: str
    session_label: str
    laps_ms: list[int]

    @property
    def best_ms(self) -> int:
        return min(self.laps_ms) if self.laps_ms else 0


def _fmt(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    return f"{seconds // 60}:{seconds % 60:02d}.{millis:03d}"


def render_escpos(sheet: LapSheet) -> bytes:
    out = bytearray()
    out += ESC + b"@"
    out += ESC + b"a\x01" + ESC + b"E\x01"
    out += sheet.session_label.encode("ascii", "replace") + b"\n"
    out += ESC + b"E\x00" + sheet.driver.encode("ascii", "replace") + b"\n\n"
    out += ESC + b"a\x00"
    for lap, ms in enumerate(sheet.laps_ms, start=1):
        marker = b" *" if ms == sheet.best_ms else b""
        out += f"Lap {lap:>2}   {_fmt(ms)}".encode("ascii") + marker + b"\n"
    out += b"\nBest lap " + _fmt(sheet.best_ms).encode("ascii") + b"\n\n\n"
    out += GS + b"V\x41\x03"
    return bytes(out)


class ReceiptPrinter:
    def __init__(self, settings: PrinterSettings | None = None) -> None:
        self.settings = settings or PrinterSettings()

    def print_sheet(self, sheet: LapSheet) -> None:
        payload = render_escpos(sheet)
        with socket.create_connection(
            (self.settings.host, self.settings.port), timeout=self.settings.timeout
        ) as sock:
            sock.sendall(payload)
