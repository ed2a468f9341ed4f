import asyncio
import os
import platform
import subprocess
from dataclasses import asdict, dataclass, field

import httpx
import requests

LAB_PORTAL_URL = "https://portal.brewlab-partner.example/api/samples"
FLEET_URL = os.environ.get("CELLAR_FLEET_URL", "https://fleet.tankvendor.example/beat")

CELLAR_REPORTED = (
    "BREWERY_SITE",
    "CELLAR_COUNT",
    "FERMENT_DB_URL",
    "LAB_PORTAL_TOKEN",
)
CELLAR_PUBLIC = ("BREWERY_SITE", "CELLAR_COUNT", "GLYCOL_SETPOINT")


def cellar_settings(names: tuple[str, ...] = CELLAR_REPORTED) -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in names}


def public_cellar_settings(names=CELLAR_PUBLIC) -> dict[str, str]:
    return {name: os.environ.get(name, "") for name in names}


@dataclass
class TankBeat:
    tank: str
    gravity: float
    settings: dict = field(default_factory=dict)


def tank_beat(tank: str, gravity: float) -> TankBeat:
    return TankBeat(
        tank=tank,
        gravity=gravity,
        # ruleid: environment-in-outbound-payload
        settings=cellar_settings(),
    )


def public_tank_beat(tank: str, gravity: float) -> TankBeat:
    return TankBeat(
        tank=tank,
        gravity=gravity,
        # ok: environment-in-outbound-payload
        settings=public_cellar_settings(),
    )


def send_beats(tank: str, gravity: float) -> None:
    requests.post(FLEET_URL, json=asdict(tank_beat(tank, gravity)), timeout=5)
    requests.post(FLEET_URL, json=asdict(public_tank_beat(tank, gravity)), timeout=5)


@dataclass
class SamplerInfo:
    sampler_model: str = os.environ.get("SAMPLER_MODEL", "unknown")
    os_name: str = field(default_factory=platform.platform)
    database_host: str = os.environ.get("FERMENT_DB_HOST", "")


@dataclass
class CellarLayout:
    site: str
    tanks: int

    @classmethod
    def from_env(cls) -> "CellarLayout":
        return cls(
            site=os.environ.get("BREWERY_SITE", "main"),
            tanks=int(os.environ.get("CELLAR_COUNT", "12")),
        )


def sampler_ticket(ticket: str) -> dict:
    # ok: environment-in-outbound-payload
    return {"ticket": ticket, "sampler": asdict(SamplerInfo()), "layout": asdict(CellarLayout.from_env())}


class LabPortalNotifier:
    def __init__(self, url: str = LAB_PORTAL_URL) -> None:
        self.url = url

    def _brew_settings(self) -> dict[str, str]:
        return {k: v for k, v in os.environ.items() if k.startswith("BREWHOUSE_")}

    def _message(self, title: str, facts: dict) -> dict:
        return {"title": title, "facts": [{"name": k, "value": v} for k, v in facts.items()]}

    async def batch_started(self, batch: str) -> None:
        facts = {"batch": batch, "host": platform.node()}
        # ruleid: environment-in-outbound-payload
        facts.update(self._brew_settings())
        async with httpx.AsyncClient(timeout=10) as client:
            await client.post(self.url, json=self._message("Batch started", facts))

    def batch_finished(self, batch: str) -> None:
        facts = {"batch": batch}
        # ruleid: environment-in-outbound-payload
        facts.update(self._brew_settings())
        requests.post(self.url, json=facts, timeout=10)

    def run_chiller_check(self, batch: str) -> int:
        # a child process's environment, nothing sent
        child_env = {"PATH": os.environ.get("PATH", ""), "BATCH": batch}
        # ok: environment-in-outbound-payload
        child_env.update(self._brew_settings())
        return subprocess.run(["chiller-check"], env=child_env, check=False).returncode

    async def batch_cancelled(self, batch: str) -> None:
        facts = {"batch": batch, "host": platform.node()}
        # ok: environment-in-outbound-payload
        facts.update(self._public_facts())
        async with httpx.AsyncClient(timeout=10) as client:
            await client.post(self.url, json=self._message("Batch cancelled", facts))

    def _public_facts(self) -> dict[str, str]:
        return {k: os.environ[k] for k in CELLAR_PUBLIC if k in os.environ}


@dataclass
class PortalLink:
    site: str
    portal_url: str
    portal_token: str

    @classmethod
    def from_env(cls) -> "PortalLink":
        return cls(
            site=os.environ.get("BREWERY_SITE", "main"),
            portal_url=os.environ["LAB_PORTAL_URL"],
            portal_token=os.environ["LAB_PORTAL_TOKEN"],
        )


def link_summary() -> dict:
    link = PortalLink.from_env()
    # ok: environment-in-outbound-payload
    return {"site": link.site, "portal": link.portal_url}


def link_ticket(ticket: str) -> dict:
    # ruleid: environment-in-outbound-payload
    return {"ticket": ticket, "configuration": asdict(PortalLink.from_env())}


@dataclass
class SampleOrder:
    batch: str
    tests: list[str]


def order_body(order: SampleOrder) -> dict:
    link = PortalLink.from_env()
    # ok: environment-in-outbound-payload
    return {"site": link.site, "order": asdict(order)}


def link_diagnostics() -> dict:
    link = PortalLink.from_env()
    # ruleid: environment-in-outbound-payload
    return {"host": platform.node(), "link": asdict(link)}


@dataclass
class AnalyserEnvironment:
    analyser_version: str = os.environ.get("ANALYSER_VERSION", "unknown")
    database_url: str = os.environ.get("FERMENT_DB_URL", "")


def analyser_ticket(ticket: str) -> dict:
    # ruleid: environment-in-outbound-payload
    return {"ticket": ticket, "environment": asdict(AnalyserEnvironment())}


def upload(ticket: str) -> None:
    httpx.post(LAB_PORTAL_URL, json=sampler_ticket(ticket), timeout=30)
    httpx.post(LAB_PORTAL_URL, json=link_ticket(ticket), timeout=30)
    httpx.post(LAB_PORTAL_URL, json=analyser_ticket(ticket), timeout=30)
    httpx.post(LAB_PORTAL_URL, json=link_summary(), timeout=30)
    httpx.post(LAB_PORTAL_URL, json=link_diagnostics(), timeout=30)
    httpx.post(LAB_PORTAL_URL, json=order_body(SampleOrder(ticket, ["abv"])), timeout=30)
    asyncio.run(LabPortalNotifier().batch_started(ticket))
