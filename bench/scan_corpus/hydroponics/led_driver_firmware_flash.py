"""Flashes firmware onto LED driver boards connected to the provisioning station."""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PORT_PATTERN = re.compile(r"^/dev/tty(USB|ACM)\d{1,2}$")


@dataclass(frozen=True)
class FlashTool:
    executable: str = "/usr/bin/stm32flash"
    baud: int = 115200
    timeout_s: int = 120

    def argv(self, port: str, image: Path, board_label: str) -> list[str]:
        return [
            self.executable,
            "-b", str(self.baud),
            "-w", str(image),
            "-v",
            "-g", "0x0",
            "-n", board_label,
            port,
        ]


class FlashStation:
    def __init__(self, tool: FlashTool | None = None) -> None:
        self.tool = tool or FlashTool()

    def flash(self, port: str, image: Path, board_label: str) -> bool:
        if not PORT_PATTERN.match(port):
            raise ValueError(f"unexpected serial port {port!r}")
        if image.suffix != ".bin" or not image.is_file():
            raise FileNotFoundError(image)
        result = subprocess.run(
            self.tool.argv(port, image, board_label),
            capture_output=True,
            text=True,
            timeout=self.tool.timeout_s,
            check=False,
        )
        log.info("flash %s on %s exit=%s", image.name, port, result.returncode)
        if result.returncode != 0:
            log.error("stm32flash stderr: %s", result.stderr.strip())
        return result.returncode == 0


def flash_many(ports: list[str], image: Path, label_prefix: str) -> dict[str, bool]:
    station = FlashStation()
    return {port: station.flash(port, image, f"{label_prefix}-{i:02d}") for i, port in enumerate(ports)}
