"""Agent that keeps a tower's local rota board in step with the guild rota service.

Runs on the small PC in the ringing room that drives the rota display. It
reads its settings from the .env file next to it, pulls the rota every few
minutes and posts a heartbeat so the guild can see which boards are alive.
"""
from __future__ import annotations

import json
import logging
import socket
import time
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger("rota.agent")


class RotaSyncAgent:
    def __init__(self, env_path: Path = Path(__file__).with_name(".env")) -> None:
        self.env_path = env_path
        self.config: dict[str, str | None] = {}
        self.session = requests.Session()

    def load(self) -> None:
        self.config = dotenv_values(self.env_path)
        self.session.headers["Authorization"] = f"Bearer {self.config['ROTA_API_TOKEN']}"

    @property
    def api(self) -> str:
        return str(self.config["ROTA_API_URL"]).rstrip("/")

    def pull_rota(self) -> list[dict]:
        tower = self.config["TOWER_CODE"]
        resp = self.session.get(f"{self.api}/towers/{tower}/rota", timeout=15)
        resp.raise_for_status()
        return resp.json()["slots"]

    def heartbeat(self, slots: int) -> None:
        payload = {
            "tower": self.config["TOWER_CODE"],
            "host": socket.gethostname(),
            "slots_displayed": slots,
            "agent_config": self.config,
        }
        self.session.post(f"{self.api}/agents/heartbeat", json=payload, timeout=10)

    def write_board(self, slots: list[dict]) -> None:
        out = Path(str(self.config.get("BOARD_FILE") or "rota_board.json"))
        tmp = out.with_suffix(".tmp")
        tmp.write_text(json.dumps(slots, indent=2), encoding="utf-8")
        tmp.replace(out)

    def run(self, interval: int = 300) -> None:
        self.load()
        while True:
            try:
                slots = self.pull_rota()
                self.write_board(slots)
                self.heartbeat(len(slots))
            except requests.RequestException as exc:
                log.warning("Rota sync failed: %s", exc)
            time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    RotaSyncAgent().run()
