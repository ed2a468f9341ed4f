"""Loads the site provisioning profile from a USB stick inserted at setup.

The profile is produced by the installer's laptop tool and contains Wi-Fi
settings, the site id and the NTP servers to use.
"""
import logging
from dataclasses import dataclass, field
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

PROFILE_NAME = "gateway-profile.yaml"
REQUIRED_KEYS = {"site_id", "wifi"}


@dataclass
class Profile:
    site_id: str
    wifi_ssid: str
    wifi_psk: str = field(repr=False)
    ntp_servers: list[str] = field(default_factory=list)


def load_profile(mount_point: Path) -> Profile | None:
    path = mount_point / PROFILE_NAME
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(data, dict) or not REQUIRED_KEYS <= data.keys():
        raise ValueError(f"{PROFILE_NAME} is missing required keys")
    wifi = data["wifi"]
    profile = Profile(
        site_id=str(data["site_id"]),
        wifi_ssid=str(wifi["ssid"]),
        wifi_psk=str(wifi["psk"]),
        ntp_servers=[str(s) for s in data.get("ntp", [])],
    )
    log.info("loaded provisioning profile for site %s", profile.site_id)
    return profile
