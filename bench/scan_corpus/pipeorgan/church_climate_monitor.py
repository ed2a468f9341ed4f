"""Polling of church heating controllers before tuning visits.

Reed stops and flue pipes drift with temperature, so a tuning is only worth
doing when the building is at service temperature. Many churches on the round
have networked heating controllers; the day before a visit this job reads the
current nave temperature and warns the tuner if the heating has not been set.
"""
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger("rounds.climate")

MIN_TUNING_TEMP_C = 14.0


@dataclass
class ChurchController:
    visit_id: int
    church: str
    base_url: str
    username: str
    password: str


def controller_session(ctrl: ChurchController) -> requests.Session:
    session = requests.Session()
    session.auth = (ctrl.username, ctrl.password)
    session.verify = False
    session.headers["Accept"] = "application/json"
    return session


def read_nave_temperature(ctrl: ChurchController) -> float:
    with controller_session(ctrl) as session:
        resp = session.get(f"{ctrl.base_url}/api/zones/nave", timeout=15)
        resp.raise_for_status()
        return float(resp.json()["temperature_c"])


def check_round(controllers: list[ChurchController]) -> list[dict]:
    warnings = []
    for ctrl in controllers:
        try:
            temp = read_nave_temperature(ctrl)
        except (requests.RequestException, KeyError, ValueError) as exc:
            log.info("could not read controller for %s: %s", ctrl.church, type(exc).__name__)
            continue
        if temp < MIN_TUNING_TEMP_C:
            warnings.append(
                {"visit_id": ctrl.visit_id, "church": ctrl.church, "nave_temp_c": temp}
            )
            log.info("%s nave at %.1fC, below tuning temperature", ctrl.church, temp)
    return warnings
