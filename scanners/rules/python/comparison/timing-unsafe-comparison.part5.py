import hmac
import os
from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException
from flask import abort, request


class Settings:
    def __init__(self) -> None:
        self.ingest_token = os.environ["INGEST_TOKEN"]
        self.region = os.environ.get("REGION", "eu")


def get_settings() -> Settings:
    return Settings()


def require_controller(authorization: str = Header(default=""), settings: Settings = Depends(get_settings)) -> None:
    # ruleid: timing-unsafe-comparison
    if authorization != f"Bearer {settings.ingest_token}":
        raise HTTPException(401, "invalid controller token")


def require_partner(authorization: str, api_key: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return "Bearer " + api_key == authorization


def require_controller_constant_time(authorization: str = Header(default=""),
                                     settings: Settings = Depends(get_settings)) -> None:
    # ok: timing-unsafe-comparison
    if not hmac.compare_digest(authorization, f"Bearer {settings.ingest_token}"):
        raise HTTPException(401, "invalid controller token")


def region_header_matches(header: str, settings: Settings) -> bool:
    # ok: timing-unsafe-comparison
    return header == f"Bearer {settings.region}"


@dataclass(frozen=True)
class TerminalKey:
    station: str
    key: str


TERMINAL_KEYS = (TerminalKey("clicking", os.environ["CLICKING_KEY"]),)


def station_for(presented: str):
    for entry in TERMINAL_KEYS:
        # ruleid: timing-unsafe-comparison
        if entry.key == presented:
            return entry.station
    return None


def station_for_constant_time(presented: str):
    for entry in TERMINAL_KEYS:
        # ok: timing-unsafe-comparison
        if hmac.compare_digest(entry.key.encode(), presented.encode()):
            return entry.station
    return None


def station_named(wanted: str):
    for entry in TERMINAL_KEYS:
        # ok: timing-unsafe-comparison
        if entry.station == wanted:
            return entry
    abort(404)
