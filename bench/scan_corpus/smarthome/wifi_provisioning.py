"""Joins the hub to the household Wi-Fi using credentials sent over BLE.

The mobile app writes SSID and passphrase to the provisioning GATT
characteristic; the BLE service hands them to WifiProvisioner.apply().
"""
import logging
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class WifiCredentials:
    ssid: str
    passphrase: str
    hidden: bool = False


class ProvisioningError(RuntimeError):
    pass


class WifiProvisioner:
    def __init__(self, interface: str = "wlan0", timeout: int = 45) -> None:
        self.interface = interface
        self.timeout = timeout

    def apply(self, creds: WifiCredentials) -> None:
        hidden = "yes" if creds.hidden else "no"
        cmd = (
            f"nmcli --wait {self.timeout} dev wifi connect '{creds.ssid}' "
            f"password '{creds.passphrase}' ifname {self.interface} hidden {hidden}"
        )
        result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        if result.returncode != 0:
            log.error("nmcli failed with exit code %d for ssid %r", result.returncode, creds.ssid)
            raise ProvisioningError("could not join network")
        log.info("joined network %r on %s", creds.ssid, self.interface)

    def current_ssid(self) -> str | None:
        result = subprocess.run(
            ["nmcli", "-t", "-f", "ACTIVE,SSID", "dev", "wifi"],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in result.stdout.splitlines():
            active, _, ssid = line.partition(":")
            if active == "yes":
                return ssid
        return None
