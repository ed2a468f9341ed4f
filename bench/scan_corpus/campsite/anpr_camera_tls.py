"""TLS settings for the second-generation ANPR cameras and the plate-read webhook they call."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter


@dataclass(frozen=True)
class CameraTlsProfile:
    ca_file: str
    minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    maximum_version: ssl.TLSVersion = ssl.TLSVersion.MAXIMUM_SUPPORTED

    @classmethod
    def from_env(cls) -> "CameraTlsProfile":
        return cls(ca_file=os.environ.get("ANPR_CA_FILE", "/etc/parkgate/anpr-ca.pem"))


def camera_context(profile: CameraTlsProfile) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=profile.ca_file)
    ctx.minimum_version = profile.minimum_version
    ctx.maximum_version = profile.maximum_version
    return ctx


class CameraTlsAdapter(HTTPAdapter):
    def __init__(self, context: ssl.SSLContext, **kwargs) -> None:
        self._context = context
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = self._context
        return super().init_poolmanager(*args, **kwargs)


def camera_session(profile: CameraTlsProfile | None = None) -> requests.Session:
    profile = profile or CameraTlsProfile.from_env()
    session = requests.Session()
    session.mount("https://", CameraTlsAdapter(camera_context(profile)))
    return session


def fetch_lane_config(session: requests.Session, camera_url: str, lane: int) -> dict:
    resp = session.get(f"{camera_url.rstrip('/')}/api/lanes/{int(lane)}", timeout=10)
    resp.raise_for_status()
    return resp.json()
