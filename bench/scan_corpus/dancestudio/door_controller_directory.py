"""Looks up and calls the door controller for a given studio from the deployment config."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Dict

import requests


@dataclass(frozen=True)
class ControllerRecord:
    studio_code: str
    base_url: str
    ca_bundle: str


class ControllerDirectory:
    config_path_env = "DOOR_CONTROLLERS_FILE"
    default_config = "/etc/dancestudio/door_controllers.json"

    def __init__(self) -> None:
        self._records: Dict[str, ControllerRecord] = self._load()

    @classmethod
    def _load(cls) -> Dict[str, ControllerRecord]:
        path = Path(os.environ.get(cls.config_path_env, cls.default_config))
        raw = json.loads(path.read_text())
        return {
            code: ControllerRecord(code, entry["base_url"].rstrip("/"), entry["ca_bundle"])
            for code, entry in raw.items()
        }

    def record(self, studio_code: str) -> ControllerRecord:
        try:
            return self._records[studio_code]
        except KeyError:
            raise LookupError(f"no door controller configured for {studio_code}") from None


class DoorCommandClient:
    def __init__(self, directory: ControllerDirectory, token: str) -> None:
        self._directory = directory
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {token}"

    def unlock(self, studio_code: str, door_id: str, seconds: int = 5) -> bool:
        rec = self._directory.record(studio_code)
        resp = self._http.post(
            f"{rec.base_url}/doors/{door_id}/unlock",
            json={"hold_seconds": seconds},
            verify=rec.ca_bundle,
            timeout=5,
        )
        return resp.status_code == 204

    def lockdown(self, studio_code: str) -> None:
        rec = self._directory.record(studio_code)
        self._http.post(f"{rec.base_url}/lockdown", verify=rec.ca_bundle, timeout=5).raise_for_status()


def client_from_env() -> DoorCommandClient:
    return DoorCommandClient(ControllerDirectory(), os.environ["DOOR_API_TOKEN"])
