import os
import subprocess
from dataclasses import dataclass, field

import requests

STARTUP_SETTINGS = [
    "GREENHOUSE_SITE",
    "CLIMATE_DB_URL",
    "WEATHER_API_KEY",
    "IRRIGATION_FIRMWARE",
]
PUBLIC_SETTINGS = ["GREENHOUSE_SITE", "IRRIGATION_FIRMWARE"]


@dataclass
class StartupReport:
    controller: str
    started_at: str
    config: dict = field(default_factory=dict)


class WeatherClient:
    def __init__(self, credentials: dict):
        self.credentials = credentials


def startup_report(controller: str, started_at: str) -> StartupReport:
    return StartupReport(
        controller=controller,
        started_at=started_at,
        # ruleid: environment-in-outbound-payload
        config={name: os.environ.get(name) for name in STARTUP_SETTINGS},
    )


def public_startup_report(controller: str, started_at: str) -> StartupReport:
    return StartupReport(
        controller=controller,
        started_at=started_at,
        # ok: environment-in-outbound-payload
        config={name: os.environ.get(name) for name in PUBLIC_SETTINGS},
    )


def weather_client() -> WeatherClient:
    # ok: environment-in-outbound-payload
    return WeatherClient(credentials={name: os.environ[name] for name in STARTUP_SETTINGS})


def run_calibration() -> None:
    subprocess.run(
        ["calibrate-sensors"],
        # ok: environment-in-outbound-payload
        env={name: os.getenv(name, "") for name in STARTUP_SETTINGS},
        check=True,
    )


def post_startup(report: StartupReport) -> None:
    text = "\n".join(f"{k} = {v}" for k, v in report.config.items())
    requests.post(os.environ["OPS_CHANNEL_URL"], json={"text": f"{report.controller} up\n{text}"}, timeout=5)
