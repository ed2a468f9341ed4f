"""Pairs a new countertop card terminal with the processor for a site's tills."""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("jumpzone.terminals")


@dataclass
class TerminalConfig:
    site_code: str
    terminal_serial: str
    till_number: int
    processor_url: str
    api_secret: str

    @classmethod
    def for_till(cls, site_code: str, serial: str, till: int) -> "TerminalConfig":
        return cls(
            site_code=site_code,
            terminal_serial=serial,
            till_number=till,
            processor_url=os.environ["TERMINAL_API_URL"],
            api_secret=os.environ["TERMINAL_API_SECRET"],
        )


class TerminalPairingService:
    def __init__(self, session: requests.Session | None = None) -> None:
        self._http = session or requests.Session()

    def pair(self, cfg: TerminalConfig) -> str:
        log.info("pairing terminal with settings %s", asdict(cfg))
        resp = self._http.post(
            f"{cfg.processor_url}/terminals/pair",
            json={"serial": cfg.terminal_serial, "label": f"{cfg.site_code}-TILL{cfg.till_number}"},
            headers={"X-Api-Secret": cfg.api_secret},
            timeout=15,
        )
        resp.raise_for_status()
        terminal_id = resp.json()["terminal_id"]
        log.info("terminal %s paired as %s", cfg.terminal_serial, terminal_id)
        return terminal_id

    def unpair(self, cfg: TerminalConfig, terminal_id: str) -> None:
        resp = self._http.delete(
            f"{cfg.processor_url}/terminals/{terminal_id}",
            headers={"X-Api-Secret": cfg.api_secret},
            timeout=15,
        )
        resp.raise_for_status()
        log.info("terminal %s unpaired", terminal_id)
